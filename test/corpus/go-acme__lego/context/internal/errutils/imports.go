// Import list of package errutils in internal/errutils of go-acme/lego (the import blocks of its non-test files; no code kept)
package errutils

import (
	_ "bytes"
	_ "fmt"
	_ "io"
	_ "maps"
	_ "net/http"
	_ "os"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "strings"
)
