// Import list of package cloudns in providers/dns/cloudns of go-acme/lego (the import blocks of its non-test files; no code kept)
package cloudns

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/cloudns/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "time"
)
