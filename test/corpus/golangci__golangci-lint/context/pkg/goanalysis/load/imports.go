// Import list of package load in pkg/goanalysis/load of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package load

import (
	_ "golang.org/x/tools/go/packages"
	_ "sync"
)
