// Import list of package lib in test/testdata_etc/unused_exported/lib of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package lib

import (
	_ "fmt"
)
