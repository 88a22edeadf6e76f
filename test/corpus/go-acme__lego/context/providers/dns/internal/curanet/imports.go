// Import list of package curanet in providers/dns/internal/curanet of go-acme/lego (the import blocks of its non-test files; no code kept)
package curanet

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/curanet/internal"
	_ "net/http"
	_ "net/url"
	_ "time"
)
