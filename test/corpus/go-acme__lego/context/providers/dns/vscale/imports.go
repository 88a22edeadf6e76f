// Import list of package vscale in providers/dns/vscale of go-acme/lego (the import blocks of its non-test files; no code kept)
package vscale

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/selectel"
	_ "net/http"
	_ "time"
)
