// Import list of package hetznerv1 in providers/dns/hetzner/internal/hetznerv1 of go-acme/lego (the import blocks of its non-test files; no code kept)
package hetznerv1

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/hetzner/internal/hetznerv1/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "golang.org/x/net/idna"
	_ "net/http"
	_ "strconv"
	_ "time"
)
