// Import list of package hosttech in providers/dns/hosttech of go-acme/lego (the import blocks of its non-test files; no code kept)
package hosttech

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/hosttech/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "strconv"
	_ "sync"
	_ "time"
)
