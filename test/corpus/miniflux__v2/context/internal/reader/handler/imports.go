// Import list of package handler in internal/reader/handler of miniflux/v2 (the import blocks of its non-test files; no code kept)
package handler

import (
	_ "bytes"
	_ "errors"
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/integration"
	_ "miniflux.app/v2/internal/locale"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/proxyrotator"
	_ "miniflux.app/v2/internal/reader/fetcher"
	_ "miniflux.app/v2/internal/reader/icon"
	_ "miniflux.app/v2/internal/reader/parser"
	_ "miniflux.app/v2/internal/reader/processor"
	_ "miniflux.app/v2/internal/storage"
	_ "time"
)
