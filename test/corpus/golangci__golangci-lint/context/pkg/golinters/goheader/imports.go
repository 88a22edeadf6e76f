// Import list of package goheader in pkg/golinters/goheader of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package goheader

import (
	_ "github.com/denis-tingaikin/go-header"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "strings"
)
