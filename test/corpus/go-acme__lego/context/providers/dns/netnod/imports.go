// Import list of package netnod in providers/dns/netnod of go-acme/lego (the import blocks of its non-test files; no code kept)
package netnod

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/netnod/internal"
	_ "net/http"
	_ "strconv"
	_ "time"
)
