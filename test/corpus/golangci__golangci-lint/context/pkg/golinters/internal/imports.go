// Import list of package internal in pkg/golinters/internal of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "golang.org/x/tools/go/analysis"
	_ "strings"
)
