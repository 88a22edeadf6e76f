// Import list of package errname in pkg/golinters/errname of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package errname

import (
	_ "github.com/Antonboom/errname/pkg/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
