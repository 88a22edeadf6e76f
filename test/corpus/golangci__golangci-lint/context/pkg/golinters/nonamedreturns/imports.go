// Import list of package nonamedreturns in pkg/golinters/nonamedreturns of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nonamedreturns

import (
	_ "github.com/firefart/nonamedreturns/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
