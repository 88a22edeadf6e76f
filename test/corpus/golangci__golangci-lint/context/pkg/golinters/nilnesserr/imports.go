// Import list of package nilnesserr in pkg/golinters/nilnesserr of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nilnesserr

import (
	_ "github.com/alingse/nilnesserr"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
