// Import list of package types in scripts/website/types of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package types

import (
	_ "golang.org/x/tools/go/packages"
)
