// Import list of package mmap in internal/go/mmap of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package mmap

import (
	_ "fmt"
	_ "io"
	_ "io/fs"
	_ "os"
	_ "syscall"
)
