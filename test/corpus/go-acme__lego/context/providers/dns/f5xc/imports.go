// Import list of package f5xc in providers/dns/f5xc of go-acme/lego (the import blocks of its non-test files; no code kept)
package f5xc

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/f5xc/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "time"
)
