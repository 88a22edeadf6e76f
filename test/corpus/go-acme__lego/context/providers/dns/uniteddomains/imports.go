// Import list of package uniteddomains in providers/dns/uniteddomains of go-acme/lego (the import blocks of its non-test files; no code kept)
package uniteddomains

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/ionos"
	_ "net/http"
	_ "time"
)
