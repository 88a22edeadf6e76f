// Import list of package swaggo in pkg/golinters/swaggo of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package swaggo

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/swaggo"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
