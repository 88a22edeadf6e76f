// Import list of package internal in e2e/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "crypto"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
