// Import list of package nakedret in pkg/golinters/nakedret of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nakedret

import (
	_ "github.com/alexkohler/nakedret/v2"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
