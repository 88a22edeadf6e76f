// Import list of package svc in providers/dns/joker/internal/svc of go-acme/lego (the import blocks of its non-test files; no code kept)
package svc

import (
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/google/go-querystring/query"
	_ "io"
	_ "net/http"
	_ "strings"
	_ "time"
)
