// Import list of package internal in providers/dns/duckdns/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/miekg/dns"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
