// Import list of package pkgerrors in pkg/goanalysis/pkgerrors of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package pkgerrors

import (
	_ "errors"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "go/token"
	_ "golang.org/x/tools/go/packages"
	_ "maps"
	_ "regexp"
	_ "strconv"
	_ "strings"
)
