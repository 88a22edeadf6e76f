// Import list of package memcached in providers/http/memcached of go-acme/lego (the import blocks of its non-test files; no code kept)
package memcached

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/bradfitz/gomemcache/memcache"
	_ "github.com/go-acme/lego/v5/challenge/http01"
	_ "path"
)
