// Import list of package cloudflare in providers/dns/cloudflare of go-acme/lego (the import blocks of its non-test files; no code kept)
package cloudflare

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/cloudflare/internal"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
