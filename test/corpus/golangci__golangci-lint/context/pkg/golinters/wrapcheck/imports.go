// Import list of package wrapcheck in pkg/golinters/wrapcheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package wrapcheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/tomarrell/wrapcheck/v2/wrapcheck"
)
