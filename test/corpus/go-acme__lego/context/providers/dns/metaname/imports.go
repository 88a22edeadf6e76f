// Import list of package metaname in providers/dns/metaname of go-acme/lego (the import blocks of its non-test files; no code kept)
package metaname

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/nzdjb/go-metaname"
	_ "sync"
	_ "time"
)
