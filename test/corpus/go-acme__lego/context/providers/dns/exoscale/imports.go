// Import list of package exoscale in providers/dns/exoscale of go-acme/lego (the import blocks of its non-test files; no code kept)
package exoscale

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/exoscale/egoscale/v3"
	_ "github.com/exoscale/egoscale/v3/credentials"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "strconv"
	_ "time"
)
