// Import list of package mirror in pkg/golinters/mirror of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package mirror

import (
	_ "github.com/butuzov/mirror"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
