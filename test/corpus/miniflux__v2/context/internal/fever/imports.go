// Import list of package fever in internal/fever of miniflux/v2 (the import blocks of its non-test files; no code kept)
package fever

import (
	_ "context"
	_ "log/slog"
	_ "miniflux.app/v2/internal/http/request"
	_ "miniflux.app/v2/internal/http/response"
	_ "miniflux.app/v2/internal/integration"
	_ "miniflux.app/v2/internal/mediaproxy"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/storage"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "time"
)
