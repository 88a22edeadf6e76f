// Import list of package containedctx in pkg/golinters/containedctx of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package containedctx

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/sivchari/containedctx"
)
