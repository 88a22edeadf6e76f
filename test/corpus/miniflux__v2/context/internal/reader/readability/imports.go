// Import list of package readability in internal/reader/readability of miniflux/v2 (the import blocks of its non-test files; no code kept)
package readability

import (
	_ "fmt"
	_ "github.com/PuerkitoBio/goquery"
	_ "golang.org/x/net/html"
	_ "io"
	_ "log/slog"
	_ "miniflux.app/v2/internal/urllib"
	_ "strings"
)
