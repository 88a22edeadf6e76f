// Import list of package hyperone in providers/dns/hyperone of go-acme/lego (the import blocks of its non-test files; no code kept)
package hyperone

import (
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/hyperone/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "time"
)
