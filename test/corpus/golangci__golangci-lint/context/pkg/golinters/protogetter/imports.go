// Import list of package protogetter in pkg/golinters/protogetter of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package protogetter

import (
	_ "github.com/ghostiam/protogetter"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
