// Import list of package useragent in internal/useragent of go-acme/lego (the import blocks of its non-test files; no code kept)
package useragent

import (
	_ "fmt"
	_ "net/http"
	_ "runtime"
)
