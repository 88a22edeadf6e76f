// Import list of package varnamelen in pkg/golinters/varnamelen of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package varnamelen

import (
	_ "github.com/blizzy78/varnamelen"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "strconv"
	_ "strings"
)
