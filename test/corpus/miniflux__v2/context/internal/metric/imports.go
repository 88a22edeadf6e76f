// Import list of package metric in internal/metric of miniflux/v2 (the import blocks of its non-test files; no code kept)
package metric

import (
	_ "context"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "log/slog"
	_ "miniflux.app/v2/internal/storage"
	_ "time"
)
