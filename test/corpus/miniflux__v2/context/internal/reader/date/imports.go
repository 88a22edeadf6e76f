// Import list of package date in internal/reader/date of miniflux/v2 (the import blocks of its non-test files; no code kept)
package date

import (
	_ "errors"
	_ "fmt"
	_ "strconv"
	_ "strings"
	_ "time"
)
