// Import list of package telegrambot in internal/integration/telegrambot of miniflux/v2 (the import blocks of its non-test files; no code kept)
package telegrambot

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/urllib"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "time"
)
