// Import list of package fatcontext in pkg/golinters/fatcontext of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package fatcontext

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "go.augendre.info/fatcontext/pkg/analyzer"
)
