// Import list of package paralleltest in pkg/golinters/paralleltest of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package paralleltest

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/kunwardeep/paralleltest/pkg/paralleltest"
)
