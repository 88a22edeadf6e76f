// Import list of package response in internal/http/response of miniflux/v2 (the import blocks of its non-test files; no code kept)
package response

import (
	_ "compress/flate"
	_ "compress/gzip"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/andybalholm/brotli"
	_ "github.com/andybalholm/brotli/matchfinder"
	_ "html"
	_ "io"
	_ "log/slog"
	_ "maps"
	_ "mime"
	_ "miniflux.app/v2/internal/http/request"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
