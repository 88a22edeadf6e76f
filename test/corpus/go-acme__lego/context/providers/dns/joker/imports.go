// Import list of package joker in providers/dns/joker of go-acme/lego (the import blocks of its non-test files; no code kept)
package joker

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/joker/internal/dmapi"
	_ "github.com/go-acme/lego/v5/providers/dns/joker/internal/svc"
	_ "net/http"
	_ "os"
	_ "time"
)
