// Import list of package nolintlint in pkg/golinters/nolintlint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nolintlint

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/nolintlint/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "golang.org/x/tools/go/analysis"
	_ "sync"
)
