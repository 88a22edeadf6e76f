// Import list of package sloglint in pkg/golinters/sloglint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package sloglint

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "go-simpler.org/sloglint"
)
