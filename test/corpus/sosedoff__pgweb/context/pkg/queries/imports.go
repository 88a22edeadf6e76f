// Import list of package queries in pkg/queries of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package queries

import (
	_ "errors"
	_ "fmt"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "time"
)
