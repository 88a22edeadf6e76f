// Import list of package modernize in pkg/golinters/modernize of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package modernize

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "golang.org/x/tools/go/analysis"
	_ "golang.org/x/tools/go/analysis/passes/modernize"
	_ "slices"
)
