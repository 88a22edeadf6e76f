// Import list of package clientdebug in providers/dns/internal/clientdebug of go-acme/lego (the import blocks of its non-test files; no code kept)
package clientdebug

import (
	_ "fmt"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "io"
	_ "net/http"
	_ "net/http/httputil"
	_ "os"
	_ "regexp"
	_ "strconv"
	_ "strings"
)
