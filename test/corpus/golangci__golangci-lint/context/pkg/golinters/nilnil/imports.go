// Import list of package nilnil in pkg/golinters/nilnil of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nilnil

import (
	_ "github.com/Antonboom/nilnil/pkg/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
