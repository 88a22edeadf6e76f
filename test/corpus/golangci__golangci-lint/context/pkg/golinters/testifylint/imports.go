// Import list of package testifylint in pkg/golinters/testifylint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package testifylint

import (
	_ "github.com/Antonboom/testifylint/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
