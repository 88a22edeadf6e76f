// Import list of package fracdex in fracdex of gotify/server (the import blocks of its non-test files; no code kept)
package fracdex

import (
	_ "errors"
	_ "fmt"
	_ "math"
	_ "strings"
)
