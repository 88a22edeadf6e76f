// Import list of package testenv in internal/go/testenv of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package testenv

import (
	_ "errors"
	_ "fmt"
	_ "io/fs"
	_ "os"
	_ "path/filepath"
	_ "runtime"
	_ "sync"
	_ "syscall"
)
