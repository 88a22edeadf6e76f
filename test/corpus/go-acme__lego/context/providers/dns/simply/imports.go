// Import list of package simply in providers/dns/simply of go-acme/lego (the import blocks of its non-test files; no code kept)
package simply

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/simply/internal"
	_ "net/http"
	_ "sync"
	_ "time"
)
