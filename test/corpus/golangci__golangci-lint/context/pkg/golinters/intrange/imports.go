// Import list of package intrange in pkg/golinters/intrange of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package intrange

import (
	_ "github.com/ckaznocha/intrange"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
