// Import list of package nilerr in pkg/golinters/nilerr of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nilerr

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/gostaticanalysis/nilerr"
)
