// Import list of package exhaustive in pkg/golinters/exhaustive of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package exhaustive

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/nishanths/exhaustive"
)
