// Import list of package asasalint in pkg/golinters/asasalint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package asasalint

import (
	_ "github.com/alingse/asasalint"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
