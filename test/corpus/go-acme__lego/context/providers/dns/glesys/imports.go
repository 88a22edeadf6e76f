// Import list of package glesys in providers/dns/glesys of go-acme/lego (the import blocks of its non-test files; no code kept)
package glesys

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/glesys/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "sync"
	_ "time"
)
