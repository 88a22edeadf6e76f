// Import list of package derak in providers/dns/derak of go-acme/lego (the import blocks of its non-test files; no code kept)
package derak

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/derak/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/miekg/dns"
	_ "net/http"
	_ "strings"
	_ "sync"
	_ "time"
)
