// Import list of package lll in pkg/golinters/lll of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package lll

import (
	_ "bufio"
	_ "errors"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "go/ast"
	_ "golang.org/x/tools/go/analysis"
	_ "os"
	_ "strings"
	_ "unicode/utf8"
)
