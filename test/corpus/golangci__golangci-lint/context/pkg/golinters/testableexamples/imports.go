// Import list of package testableexamples in pkg/golinters/testableexamples of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package testableexamples

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/maratori/testableexamples/pkg/testableexamples"
)
