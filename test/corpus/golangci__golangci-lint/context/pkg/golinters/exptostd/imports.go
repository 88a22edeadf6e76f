// Import list of package exptostd in pkg/golinters/exptostd of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package exptostd

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/ldez/exptostd"
)
