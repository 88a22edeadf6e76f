// Import list of package internal in cmd/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "io"
	_ "net/http"
	_ "os"
)
