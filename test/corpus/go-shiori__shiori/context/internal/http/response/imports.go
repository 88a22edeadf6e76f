// Import list of package response in internal/http/response of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package response

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-shiori/shiori/internal/http/templates"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "io"
	_ "mime"
	_ "net/http"
	_ "net/url"
	_ "path/filepath"
)
