// Import list of package errcheck in pkg/golinters/errcheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package errcheck

import (
	_ "cmp"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/kisielk/errcheck/errcheck"
	_ "golang.org/x/tools/go/analysis"
	_ "golang.org/x/tools/go/packages"
	_ "regexp"
	_ "sync"
)
