// Import list of package gocyclo in pkg/golinters/gocyclo of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gocyclo

import (
	_ "fmt"
	_ "github.com/fzipp/gocyclo"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "golang.org/x/tools/go/analysis"
	_ "sync"
)
