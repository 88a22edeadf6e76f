// Import list of package thelper in pkg/golinters/thelper of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package thelper

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/kulti/thelper/pkg/analyzer"
	_ "maps"
	_ "slices"
	_ "strings"
)
