// Import list of package usetesting in pkg/golinters/usetesting of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package usetesting

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/ldez/usetesting"
)
