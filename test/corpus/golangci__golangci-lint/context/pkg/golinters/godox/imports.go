// Import list of package godox in pkg/golinters/godox of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package godox

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/matoous/godox"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "strings"
)
