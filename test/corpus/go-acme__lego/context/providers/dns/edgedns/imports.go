// Import list of package edgedns in providers/dns/edgedns of go-acme/lego (the import blocks of its non-test files; no code kept)
package edgedns

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/akamai/AkamaiOPEN-edgegrid-golang/v13/pkg/dns"
	_ "github.com/akamai/AkamaiOPEN-edgegrid-golang/v13/pkg/edgegrid"
	_ "github.com/akamai/AkamaiOPEN-edgegrid-golang/v13/pkg/session"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "net/http"
	_ "slices"
	_ "strings"
	_ "time"
)
