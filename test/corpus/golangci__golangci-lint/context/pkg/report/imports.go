// Import list of package report in pkg/report of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package report

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "slices"
	_ "strings"
)
