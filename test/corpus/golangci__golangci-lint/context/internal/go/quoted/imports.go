// Import list of package quoted in internal/go/quoted of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package quoted

import (
	_ "flag"
	_ "fmt"
	_ "strings"
	_ "unicode"
)
