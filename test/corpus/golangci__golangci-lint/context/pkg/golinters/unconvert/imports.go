// Import list of package unconvert in pkg/golinters/unconvert of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package unconvert

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/golangci/unconvert"
	_ "golang.org/x/tools/go/analysis"
	_ "sync"
)
