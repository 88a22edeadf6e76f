// Import list of package golines in pkg/golinters/golines of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package golines

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/golines"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
