// Import list of package safedns in providers/dns/safedns of go-acme/lego (the import blocks of its non-test files; no code kept)
package safedns

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/safedns/internal"
	_ "github.com/miekg/dns"
	_ "net/http"
	_ "sync"
	_ "time"
)
