// Import list of package noctx in pkg/golinters/noctx of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package noctx

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/sonatard/noctx"
)
