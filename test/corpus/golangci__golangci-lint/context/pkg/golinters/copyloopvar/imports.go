// Import list of package copyloopvar in pkg/golinters/copyloopvar of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package copyloopvar

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/karamaru-alpha/copyloopvar"
)
