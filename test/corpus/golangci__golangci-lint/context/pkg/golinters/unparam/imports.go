// Import list of package unparam in pkg/golinters/unparam of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package unparam

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "golang.org/x/tools/go/analysis"
	_ "golang.org/x/tools/go/analysis/passes/buildssa"
	_ "golang.org/x/tools/go/packages"
	_ "mvdan.cc/unparam/check"
)
