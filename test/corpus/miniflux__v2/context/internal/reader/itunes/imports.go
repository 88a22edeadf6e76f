// Import list of package itunes in internal/reader/itunes of miniflux/v2 (the import blocks of its non-test files; no code kept)
package itunes

import (
	_ "iter"
	_ "strings"
)
