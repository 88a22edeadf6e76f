// Import list of package arangolint in pkg/golinters/arangolint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package arangolint

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "go.augendre.info/arangolint/pkg/analyzer"
)
