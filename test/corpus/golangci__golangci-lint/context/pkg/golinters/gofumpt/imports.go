// Import list of package gofumpt in pkg/golinters/gofumpt of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gofumpt

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/gofumpt"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
