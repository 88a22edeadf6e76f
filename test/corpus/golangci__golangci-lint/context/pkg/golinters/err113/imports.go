// Import list of package err113 in pkg/golinters/err113 of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package err113

import (
	_ "github.com/Djarvur/go-err113"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
