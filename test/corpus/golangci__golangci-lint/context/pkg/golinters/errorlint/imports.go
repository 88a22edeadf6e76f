// Import list of package errorlint in pkg/golinters/errorlint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package errorlint

import (
	_ "codeberg.org/polyfloyd/go-errorlint/errorlint"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
