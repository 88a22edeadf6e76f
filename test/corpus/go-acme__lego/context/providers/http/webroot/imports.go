// Import list of package webroot in providers/http/webroot of go-acme/lego (the import blocks of its non-test files; no code kept)
package webroot

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge/http01"
	_ "os"
	_ "path/filepath"
)
