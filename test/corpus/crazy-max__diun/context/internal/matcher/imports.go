// Import list of package matcher in internal/matcher of crazy-max/diun (the import blocks of its non-test files; no code kept)
package matcher

import (
	_ "regexp"
)
