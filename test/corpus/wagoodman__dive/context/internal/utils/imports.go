// Import list of package utils in internal/utils of wagoodman/dive (the import blocks of its non-test files; no code kept)
package utils

import (
	_ "errors"
	_ "github.com/awesome-gocui/gocui"
	_ "github.com/wagoodman/dive/internal/log"
	_ "strings"
)
