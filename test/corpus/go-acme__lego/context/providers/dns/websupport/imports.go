// Import list of package websupport in providers/dns/websupport of go-acme/lego (the import blocks of its non-test files; no code kept)
package websupport

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/active24"
	_ "net/http"
	_ "time"
)
