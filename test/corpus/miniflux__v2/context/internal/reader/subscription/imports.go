// Import list of package subscription in internal/reader/subscription of miniflux/v2 (the import blocks of its non-test files; no code kept)
package subscription

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/PuerkitoBio/goquery"
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/integration/rssbridge"
	_ "miniflux.app/v2/internal/locale"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/reader/encoding"
	_ "miniflux.app/v2/internal/reader/fetcher"
	_ "miniflux.app/v2/internal/reader/parser"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/url"
	_ "strings"
)
