// Import list of package unqueryvet in pkg/golinters/unqueryvet of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package unqueryvet

import (
	_ "github.com/MirrexOne/unqueryvet"
	_ "github.com/MirrexOne/unqueryvet/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
