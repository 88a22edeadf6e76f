// Import list of package dupl in pkg/golinters/dupl of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package dupl

import (
	_ "fmt"
	_ "github.com/golangci/dupl/lib"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/fsutils"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "sync"
)
