// Import list of package rewrite in internal/reader/rewrite of miniflux/v2 (the import blocks of its non-test files; no code kept)
package rewrite

import (
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/PuerkitoBio/goquery"
	_ "golang.org/x/net/html"
	_ "html"
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/url"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "text/scanner"
	_ "unicode"
)
