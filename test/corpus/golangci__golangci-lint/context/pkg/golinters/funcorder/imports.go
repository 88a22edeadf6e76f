// Import list of package funcorder in pkg/golinters/funcorder of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package funcorder

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/manuelarte/funcorder/analyzer"
)
