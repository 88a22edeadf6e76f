// Import list of package sanitizer in internal/reader/sanitizer of miniflux/v2 (the import blocks of its non-test files; no code kept)
package sanitizer

import (
	_ "errors"
	_ "golang.org/x/net/html"
	_ "io"
	_ "math"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/reader/urlcleaner"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/url"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "unicode"
	_ "unicode/utf8"
)
