// Import list of package regru in providers/dns/regru of go-acme/lego (the import blocks of its non-test files; no code kept)
package regru

import (
	_ "context"
	_ "crypto/tls"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/regru/internal"
	_ "net/http"
	_ "time"
)
