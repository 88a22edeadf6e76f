// Import list of package internal in pkg/goformatters/internal of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/sourcegraph/go-diff/diff"
	_ "go/ast"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "slices"
	_ "strings"
)
