// Import list of package cyclop in pkg/golinters/cyclop of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package cyclop

import (
	_ "github.com/bkielbasa/cyclop/pkg/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
