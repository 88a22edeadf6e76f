// Import list of package perfsprint in pkg/golinters/perfsprint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package perfsprint

import (
	_ "github.com/catenacyber/perfsprint/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
