// Import list of package scraper in internal/reader/scraper of miniflux/v2 (the import blocks of its non-test files; no code kept)
package scraper

import (
	_ "fmt"
	_ "github.com/PuerkitoBio/goquery"
	_ "io"
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/reader/encoding"
	_ "miniflux.app/v2/internal/reader/fetcher"
	_ "miniflux.app/v2/internal/reader/readability"
	_ "miniflux.app/v2/internal/urllib"
	_ "strings"
)
