// Import list of package tele3 in providers/dns/tele3 of go-acme/lego (the import blocks of its non-test files; no code kept)
package tele3

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/tele3/internal"
	_ "net/http"
	_ "time"
)
