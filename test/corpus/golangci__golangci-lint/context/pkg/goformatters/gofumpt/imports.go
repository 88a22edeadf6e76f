// Import list of package gofumpt in pkg/goformatters/gofumpt of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gofumpt

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/internal"
	_ "mvdan.cc/gofumpt/format"
	_ "strings"
)
