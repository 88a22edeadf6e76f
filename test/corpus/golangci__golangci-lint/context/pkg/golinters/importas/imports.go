// Import list of package importas in pkg/golinters/importas of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package importas

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/julz/importas"
	_ "strconv"
	_ "strings"
)
