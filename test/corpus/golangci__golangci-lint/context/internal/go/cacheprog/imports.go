// Import list of package cacheprog in internal/go/cacheprog of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package cacheprog

import (
	_ "io"
	_ "time"
)
