// Import list of package discord in internal/integration/discord of miniflux/v2 (the import blocks of its non-test files; no code kept)
package discord

import (
	_ "fmt"
	_ "log/slog"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
)
