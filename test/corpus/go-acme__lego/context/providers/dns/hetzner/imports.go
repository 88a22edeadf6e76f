// Import list of package hetzner in providers/dns/hetzner of go-acme/lego (the import blocks of its non-test files; no code kept)
package hetzner

import (
	_ "context"
	_ "errors"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/hetzner/internal/hetznerv1"
	_ "github.com/go-acme/lego/v5/providers/dns/hetzner/internal/legacy"
	_ "net/http"
	_ "time"
)
