// Import list of package octenium in providers/dns/octenium of go-acme/lego (the import blocks of its non-test files; no code kept)
package octenium

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/octenium/internal"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "net/http"
	_ "sync"
	_ "time"
)
