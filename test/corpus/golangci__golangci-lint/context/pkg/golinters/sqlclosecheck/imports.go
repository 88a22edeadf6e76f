// Import list of package sqlclosecheck in pkg/golinters/sqlclosecheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package sqlclosecheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/ryanrolds/sqlclosecheck/pkg/analyzer"
)
