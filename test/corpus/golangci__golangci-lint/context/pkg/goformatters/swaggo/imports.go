// Import list of package swaggo in pkg/goformatters/swaggo of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package swaggo

import (
	_ "github.com/golangci/swaggoswag"
)
