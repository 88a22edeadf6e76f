// Import list of package redact in src/redact of schollz/croc (the import blocks of its non-test files; no code kept)
package redact

import (
	_ "sort"
	_ "strings"
)
