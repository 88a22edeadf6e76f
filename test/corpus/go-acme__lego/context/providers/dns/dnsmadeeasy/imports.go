// Import list of package dnsmadeeasy in providers/dns/dnsmadeeasy of go-acme/lego (the import blocks of its non-test files; no code kept)
package dnsmadeeasy

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/dnsmadeeasy/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
