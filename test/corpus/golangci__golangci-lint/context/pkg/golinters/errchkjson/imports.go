// Import list of package errchkjson in pkg/golinters/errchkjson of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package errchkjson

import (
	_ "github.com/breml/errchkjson"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
