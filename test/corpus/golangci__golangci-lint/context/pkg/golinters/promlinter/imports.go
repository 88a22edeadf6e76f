// Import list of package promlinter in pkg/golinters/promlinter of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package promlinter

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/yeya24/promlinter"
	_ "golang.org/x/tools/go/analysis"
	_ "sync"
)
