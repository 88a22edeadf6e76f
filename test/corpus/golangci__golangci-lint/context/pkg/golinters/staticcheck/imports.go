// Import list of package staticcheck in pkg/golinters/staticcheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package staticcheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "golang.org/x/tools/go/analysis"
	_ "honnef.co/go/tools/analysis/lint"
	_ "honnef.co/go/tools/config"
	_ "honnef.co/go/tools/quickfix"
	_ "honnef.co/go/tools/simple"
	_ "honnef.co/go/tools/staticcheck"
	_ "honnef.co/go/tools/stylecheck"
	_ "slices"
	_ "strings"
	_ "unicode"
)
