// Import list of package westcn in providers/dns/internal/westcn of go-acme/lego (the import blocks of its non-test files; no code kept)
package westcn

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/westcn/internal"
	_ "net/http"
	_ "net/url"
	_ "sync"
	_ "time"
)
