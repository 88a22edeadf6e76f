// Import list of package goimports in pkg/goformatters/goimports of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package goimports

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "golang.org/x/tools/imports"
	_ "strings"
)
