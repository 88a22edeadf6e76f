// Import list of package golinters in pkg/golinters of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package golinters

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "golang.org/x/tools/go/analysis"
)
