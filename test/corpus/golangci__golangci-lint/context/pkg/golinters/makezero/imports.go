// Import list of package makezero in pkg/golinters/makezero of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package makezero

import (
	_ "fmt"
	_ "github.com/ashanbrown/makezero/v2/makezero"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "golang.org/x/tools/go/analysis"
)
