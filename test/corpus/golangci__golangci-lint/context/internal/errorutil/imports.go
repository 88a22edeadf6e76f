// Import list of package errorutil in internal/errorutil of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package errorutil

import (
	_ "fmt"
)
