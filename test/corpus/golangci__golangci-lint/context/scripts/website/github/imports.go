// Import list of package github in scripts/website/github of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package github

import (
	_ "encoding/json"
	_ "fmt"
	_ "io"
	_ "net/http"
	_ "time"
)
