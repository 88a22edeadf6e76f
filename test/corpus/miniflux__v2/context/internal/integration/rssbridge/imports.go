// Import list of package rssbridge in internal/integration/rssbridge of miniflux/v2 (the import blocks of its non-test files; no code kept)
package rssbridge

import (
	_ "encoding/json"
	_ "fmt"
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
