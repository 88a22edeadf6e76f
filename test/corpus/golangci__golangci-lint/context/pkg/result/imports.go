// Import list of package result in pkg/result of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package result

import (
	_ "crypto/md5"
	_ "fmt"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "golang.org/x/tools/go/packages"
)
