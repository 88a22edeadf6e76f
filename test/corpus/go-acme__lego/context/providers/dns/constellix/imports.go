// Import list of package constellix in providers/dns/constellix of go-acme/lego (the import blocks of its non-test files; no code kept)
package constellix

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/constellix/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "net/http"
	_ "slices"
	_ "strconv"
	_ "time"
)
