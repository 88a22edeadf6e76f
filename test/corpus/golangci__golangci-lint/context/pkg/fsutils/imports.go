// Import list of package fsutils in pkg/fsutils of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package fsutils

import (
	_ "bytes"
	_ "cmp"
	_ "context"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/ldez/grignotin/goenv"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "sync"
)
