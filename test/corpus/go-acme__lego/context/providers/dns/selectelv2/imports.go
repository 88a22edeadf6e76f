// Import list of package selectelv2 in providers/dns/selectelv2 of go-acme/lego (the import blocks of its non-test files; no code kept)
package selectelv2

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/miekg/dns"
	_ "github.com/selectel/domains-go/pkg/v2"
	_ "github.com/selectel/go-selvpcclient/v4/selvpcclient"
	_ "golang.org/x/net/idna"
	_ "net/http"
	_ "strings"
	_ "time"
)
