// Import list of package forcetypeassert in pkg/golinters/forcetypeassert of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package forcetypeassert

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/gostaticanalysis/forcetypeassert"
)
