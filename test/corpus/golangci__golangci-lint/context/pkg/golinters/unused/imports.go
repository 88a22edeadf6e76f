// Import list of package unused in pkg/golinters/unused of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package unused

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "golang.org/x/tools/go/analysis"
	_ "honnef.co/go/tools/analysis/facts/directives"
	_ "honnef.co/go/tools/analysis/facts/generated"
	_ "honnef.co/go/tools/analysis/lint"
	_ "honnef.co/go/tools/unused"
	_ "sync"
)
