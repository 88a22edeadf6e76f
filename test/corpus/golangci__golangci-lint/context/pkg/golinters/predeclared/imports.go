// Import list of package predeclared in pkg/golinters/predeclared of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package predeclared

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/nishanths/predeclared/passes/predeclared"
	_ "strings"
)
