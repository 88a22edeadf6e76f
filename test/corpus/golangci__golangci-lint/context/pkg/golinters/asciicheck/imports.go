// Import list of package asciicheck in pkg/golinters/asciicheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package asciicheck

import (
	_ "github.com/golangci/asciicheck"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
