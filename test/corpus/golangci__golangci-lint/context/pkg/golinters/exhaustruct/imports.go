// Import list of package exhaustruct in pkg/golinters/exhaustruct of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package exhaustruct

import (
	_ "dev.gaijin.team/go/exhaustruct/v4/analyzer"
	_ "dev.gaijin.team/go/exhaustruct/v5/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
