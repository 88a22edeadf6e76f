// Import list of package nonces in acme/api/internal/nonces of go-acme/lego (the import blocks of its non-test files; no code kept)
package nonces

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme/api/internal/sender"
	_ "github.com/go-jose/go-jose/v4"
	_ "net/http"
	_ "sync"
)
