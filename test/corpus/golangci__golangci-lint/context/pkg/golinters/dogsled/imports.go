// Import list of package dogsled in pkg/golinters/dogsled of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package dogsled

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "go/ast"
	_ "golang.org/x/tools/go/analysis"
	_ "golang.org/x/tools/go/analysis/passes/inspect"
	_ "golang.org/x/tools/go/ast/inspector"
)
