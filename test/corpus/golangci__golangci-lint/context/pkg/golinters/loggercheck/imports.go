// Import list of package loggercheck in pkg/golinters/loggercheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package loggercheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/timonwong/loggercheck"
)
