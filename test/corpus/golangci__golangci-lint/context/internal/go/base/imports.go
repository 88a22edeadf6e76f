// Import list of package base in internal/go/base of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package base

import (
	_ "errors"
	_ "syscall"
)
