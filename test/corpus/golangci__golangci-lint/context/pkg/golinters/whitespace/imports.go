// Import list of package whitespace in pkg/golinters/whitespace of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package whitespace

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/ultraware/whitespace"
)
