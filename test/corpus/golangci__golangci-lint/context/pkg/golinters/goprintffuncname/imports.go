// Import list of package goprintffuncname in pkg/golinters/goprintffuncname of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package goprintffuncname

import (
	_ "github.com/golangci/go-printf-func-name/pkg/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
