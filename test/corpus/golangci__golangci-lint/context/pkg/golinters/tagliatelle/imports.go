// Import list of package tagliatelle in pkg/golinters/tagliatelle of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package tagliatelle

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/ldez/tagliatelle"
	_ "maps"
	_ "strings"
)
