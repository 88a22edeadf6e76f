// Import list of package internal in pkg/golinters/nolintlint/internal of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "regexp"
	_ "strings"
	_ "unicode"
)
