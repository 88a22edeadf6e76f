// Import list of package worker in internal/worker of miniflux/v2 (the import blocks of its non-test files; no code kept)
package worker

import (
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/metric"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/reader/handler"
	_ "miniflux.app/v2/internal/storage"
	_ "sync"
	_ "time"
)
