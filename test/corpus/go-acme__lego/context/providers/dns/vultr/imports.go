// Import list of package vultr in providers/dns/vultr of go-acme/lego (the import blocks of its non-test files; no code kept)
package vultr

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/vultr/govultr/v3"
	_ "golang.org/x/oauth2"
	_ "net/http"
	_ "strings"
	_ "time"
)
