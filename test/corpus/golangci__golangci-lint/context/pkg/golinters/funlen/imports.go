// Import list of package funlen in pkg/golinters/funlen of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package funlen

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/ultraware/funlen"
)
