// Import list of package mijnhost in providers/dns/mijnhost of go-acme/lego (the import blocks of its non-test files; no code kept)
package mijnhost

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/mijnhost/internal"
	_ "net/http"
	_ "time"
)
