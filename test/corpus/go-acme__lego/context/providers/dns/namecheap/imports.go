// Import list of package namecheap in providers/dns/namecheap of go-acme/lego (the import blocks of its non-test files; no code kept)
package namecheap

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/namecheap/internal"
	_ "golang.org/x/net/http/httpproxy"
	_ "golang.org/x/net/publicsuffix"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
