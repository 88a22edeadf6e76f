// Import list of package wastedassign in pkg/golinters/wastedassign of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package wastedassign

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/sanposhiho/wastedassign/v2"
)
