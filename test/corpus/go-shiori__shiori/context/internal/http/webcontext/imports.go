// Import list of package webcontext in internal/http/webcontext of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package webcontext

import (
	_ "context"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "net/http"
)
