// Import list of package fetcher in internal/reader/fetcher of miniflux/v2 (the import blocks of its non-test files; no code kept)
package fetcher

import (
	_ "compress/gzip"
	_ "context"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/andybalholm/brotli"
	_ "io"
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/locale"
	_ "miniflux.app/v2/internal/proxyrotator"
	_ "miniflux.app/v2/internal/urllib"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "syscall"
	_ "time"
)
