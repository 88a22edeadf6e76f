// Import list of package gofmt in pkg/goformatters/gofmt of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gofmt

import (
	_ "github.com/golangci/gofmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
)
