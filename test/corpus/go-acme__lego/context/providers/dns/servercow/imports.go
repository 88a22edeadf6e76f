// Import list of package servercow in providers/dns/servercow of go-acme/lego (the import blocks of its non-test files; no code kept)
package servercow

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/servercow/internal"
	_ "net/http"
	_ "slices"
	_ "time"
)
