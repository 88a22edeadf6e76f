// Import list of package gochecknoinits in pkg/golinters/gochecknoinits of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gochecknoinits

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "go/ast"
	_ "golang.org/x/tools/go/analysis"
	_ "golang.org/x/tools/go/analysis/passes/inspect"
	_ "golang.org/x/tools/go/ast/inspector"
)
