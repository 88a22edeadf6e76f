// Import list of package abspath in test/testdata_etc/abspath of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package abspath

import (
	_ "fmt"
)
