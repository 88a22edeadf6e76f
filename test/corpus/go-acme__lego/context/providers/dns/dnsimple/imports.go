// Import list of package dnsimple in providers/dns/dnsimple of go-acme/lego (the import blocks of its non-test files; no code kept)
package dnsimple

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/dnsimple/dnsimple-go/v9/dnsimple"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "golang.org/x/oauth2"
	_ "strconv"
	_ "time"
)
