// Import list of package readingtime in internal/reader/readingtime of miniflux/v2 (the import blocks of its non-test files; no code kept)
package readingtime

import (
	_ "miniflux.app/v2/internal/reader/sanitizer"
	_ "strings"
	_ "unicode"
	_ "unicode/utf8"
)
