// Import list of package server in internal/http/server of miniflux/v2 (the import blocks of its non-test files; no code kept)
package server

import (
	_ "context"
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "golang.org/x/crypto/acme"
	_ "golang.org/x/crypto/acme/autocert"
	_ "log/slog"
	_ "miniflux.app/v2/internal/api"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/fever"
	_ "miniflux.app/v2/internal/googlereader"
	_ "miniflux.app/v2/internal/http/request"
	_ "miniflux.app/v2/internal/storage"
	_ "miniflux.app/v2/internal/ui"
	_ "miniflux.app/v2/internal/worker"
	_ "net"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
