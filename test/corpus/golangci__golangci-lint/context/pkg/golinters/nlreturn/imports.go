// Import list of package nlreturn in pkg/golinters/nlreturn of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nlreturn

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/ssgreg/nlreturn/v2/pkg/nlreturn"
)
