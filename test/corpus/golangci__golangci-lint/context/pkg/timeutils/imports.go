// Import list of package timeutils in pkg/timeutils of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package timeutils

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
