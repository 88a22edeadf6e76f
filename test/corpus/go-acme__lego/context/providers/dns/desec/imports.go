// Import list of package desec in providers/dns/desec of go-acme/lego (the import blocks of its non-test files; no code kept)
package desec

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/nrdcg/desec"
	_ "net/http"
	_ "time"
)
