// Import list of package gocheckcompilerdirectives in pkg/golinters/gocheckcompilerdirectives of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gocheckcompilerdirectives

import (
	_ "4d63.com/gocheckcompilerdirectives/checkcompilerdirectives"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
