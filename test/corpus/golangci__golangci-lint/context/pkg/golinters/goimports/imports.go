// Import list of package goimports in pkg/golinters/goimports of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package goimports

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/goimports"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
