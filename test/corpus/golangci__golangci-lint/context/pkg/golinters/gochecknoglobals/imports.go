// Import list of package gochecknoglobals in pkg/golinters/gochecknoglobals of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gochecknoglobals

import (
	_ "4d63.com/gochecknoglobals/checknoglobals"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
