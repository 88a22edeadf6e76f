// Import list of package gci in pkg/golinters/gci of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gci

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/gci"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
