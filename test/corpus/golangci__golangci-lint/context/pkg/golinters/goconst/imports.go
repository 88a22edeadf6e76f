// Import list of package goconst in pkg/golinters/goconst of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package goconst

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/jgautheron/goconst"
	_ "golang.org/x/tools/go/analysis"
	_ "strings"
	_ "sync"
)
