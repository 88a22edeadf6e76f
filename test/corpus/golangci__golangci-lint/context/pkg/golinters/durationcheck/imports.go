// Import list of package durationcheck in pkg/golinters/durationcheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package durationcheck

import (
	_ "github.com/charithe/durationcheck"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
