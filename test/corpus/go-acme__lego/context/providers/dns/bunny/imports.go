// Import list of package bunny in providers/dns/bunny of go-acme/lego (the import blocks of its non-test files; no code kept)
package bunny

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/nrdcg/bunny-go"
	_ "golang.org/x/net/publicsuffix"
	_ "net/http"
	_ "slices"
	_ "time"
)
