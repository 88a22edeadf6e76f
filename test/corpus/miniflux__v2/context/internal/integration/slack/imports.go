// Import list of package slack in internal/integration/slack of miniflux/v2 (the import blocks of its non-test files; no code kept)
package slack

import (
	_ "fmt"
	_ "log/slog"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
)
