// Import list of package media in internal/reader/media of miniflux/v2 (the import blocks of its non-test files; no code kept)
package media

import (
	_ "iter"
	_ "regexp"
	_ "strconv"
	_ "strings"
)
