// Import list of package rules in rules of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package rules

import (
	_ "path/filepath"
	_ "regexp"
	_ "strings"
)
