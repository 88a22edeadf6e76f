// Import list of package tester in internal/tester of go-acme/lego (the import blocks of its non-test files; no code kept)
package tester

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/internal/tester/servermock"
	_ "net/http"
	_ "net/http/httptest"
	_ "os"
	_ "slices"
)
