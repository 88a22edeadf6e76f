// Import list of package golines in pkg/goformatters/golines of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package golines

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golines/shorten"
)
