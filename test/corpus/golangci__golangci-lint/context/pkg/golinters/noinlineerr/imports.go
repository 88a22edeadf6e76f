// Import list of package noinlineerr in pkg/golinters/noinlineerr of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package noinlineerr

import (
	_ "github.com/AlwxSin/noinlineerr"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
