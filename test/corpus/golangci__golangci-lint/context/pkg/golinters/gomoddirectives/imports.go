// Import list of package gomoddirectives in pkg/golinters/gomoddirectives of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gomoddirectives

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/ldez/gomoddirectives"
	_ "golang.org/x/tools/go/analysis"
	_ "regexp"
	_ "sync"
)
