// Import list of package gofmt in pkg/golinters/gofmt of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gofmt

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/gofmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
)
