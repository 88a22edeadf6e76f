// Import list of package misspell in pkg/golinters/misspell of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package misspell

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/misspell"
	_ "go/ast"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "strings"
	_ "unicode"
)
