// Import list of package gosec in pkg/golinters/gosec of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gosec

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/securego/gosec/v2"
	_ "github.com/securego/gosec/v2/analyzers"
	_ "github.com/securego/gosec/v2/issue"
	_ "github.com/securego/gosec/v2/rules"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "golang.org/x/tools/go/packages"
	_ "io"
	_ "log"
	_ "strconv"
	_ "strings"
	_ "sync"
)
