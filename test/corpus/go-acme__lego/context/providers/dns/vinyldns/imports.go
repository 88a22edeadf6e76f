// Import list of package vinyldns in providers/dns/vinyldns of go-acme/lego (the import blocks of its non-test files; no code kept)
package vinyldns

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/vinyldns/go-vinyldns/vinyldns"
	_ "net/http"
	_ "strconv"
	_ "time"
)
