// Import list of package canonicalheader in pkg/golinters/canonicalheader of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package canonicalheader

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/lasiar/canonicalheader"
)
