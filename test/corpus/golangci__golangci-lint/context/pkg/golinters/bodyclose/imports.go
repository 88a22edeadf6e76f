// Import list of package bodyclose in pkg/golinters/bodyclose of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package bodyclose

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/timakin/bodyclose/passes/bodyclose"
)
