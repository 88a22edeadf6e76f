// Import list of package interfacebloat in pkg/golinters/interfacebloat of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package interfacebloat

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/sashamelentyev/interfacebloat/pkg/analyzer"
)
