// Import list of package gocognit in pkg/golinters/gocognit of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gocognit

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/uudashr/gocognit"
	_ "golang.org/x/tools/go/analysis"
	_ "sort"
	_ "sync"
)
