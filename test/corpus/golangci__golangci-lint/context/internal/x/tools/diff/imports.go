// Import list of package diff in internal/x/tools/diff of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package diff

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/internal/x/tools/diff/lcs"
	_ "log"
	_ "regexp"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "unicode/utf8"
)
