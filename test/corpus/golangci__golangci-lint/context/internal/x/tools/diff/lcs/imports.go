// Import list of package lcs in internal/x/tools/diff/lcs of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package lcs

import (
	_ "fmt"
	_ "log"
	_ "sort"
)
