// Import list of package prealloc in pkg/golinters/prealloc of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package prealloc

import (
	_ "github.com/alexkohler/prealloc/pkg"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "golang.org/x/tools/go/analysis"
)
