// Import list of package language in internal/reader/language of miniflux/v2 (the import blocks of its non-test files; no code kept)
package language

import (
	_ "strings"
)
