// Import list of package maintidx in pkg/golinters/maintidx of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package maintidx

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/yagipy/maintidx"
)
