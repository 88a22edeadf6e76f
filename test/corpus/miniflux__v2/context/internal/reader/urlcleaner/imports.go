// Import list of package urlcleaner in internal/reader/urlcleaner of miniflux/v2 (the import blocks of its non-test files; no code kept)
package urlcleaner

import (
	_ "errors"
	_ "net/url"
	_ "strings"
)
