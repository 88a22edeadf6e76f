// Import list of package ireturn in pkg/golinters/ireturn of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package ireturn

import (
	_ "github.com/butuzov/ireturn/analyzer"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "strings"
)
