// Import list of package parser in service/hook/parser of drone/drone (the import blocks of its non-test files; no code kept)
package parser

import (
	_ "errors"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
	_ "net/http"
	_ "net/http/httputil"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "time"
)
