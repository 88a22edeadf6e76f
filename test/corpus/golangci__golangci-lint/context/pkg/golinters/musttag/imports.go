// Import list of package musttag in pkg/golinters/musttag of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package musttag

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "go-simpler.org/musttag"
)
