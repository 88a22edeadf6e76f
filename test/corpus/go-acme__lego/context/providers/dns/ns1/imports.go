// Import list of package ns1 in providers/dns/ns1 of go-acme/lego (the import blocks of its non-test files; no code kept)
package ns1

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "gopkg.in/ns1/ns1-go.v2/rest"
	_ "gopkg.in/ns1/ns1-go.v2/rest/model/dns"
	_ "net/http"
	_ "time"
)
