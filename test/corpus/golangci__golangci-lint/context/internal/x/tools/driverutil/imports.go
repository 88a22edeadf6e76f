// Import list of package driverutil in internal/x/tools/driverutil of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package driverutil

import (
	_ "fmt"
	_ "golang.org/x/tools/go/analysis"
	_ "net/url"
	_ "slices"
)
