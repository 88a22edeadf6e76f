// Import list of package usestdlibvars in pkg/golinters/usestdlibvars of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package usestdlibvars

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/sashamelentyev/usestdlibvars/pkg/analyzer"
)
