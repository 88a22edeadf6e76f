// Import list of package allinkl in providers/dns/allinkl of go-acme/lego (the import blocks of its non-test files; no code kept)
package allinkl

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/allinkl/internal"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "log/slog"
	_ "net/http"
	_ "sync"
	_ "time"
)
