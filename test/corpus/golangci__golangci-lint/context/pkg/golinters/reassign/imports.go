// Import list of package reassign in pkg/golinters/reassign of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package reassign

import (
	_ "fmt"
	_ "github.com/curioswitch/go-reassign"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "strings"
)
