// Import list of package templates in internal/http/templates of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package templates

import (
	_ "fmt"
	_ "github.com/go-shiori/shiori/internal/config"
	_ "github.com/go-shiori/shiori/internal/view"
	_ "github.com/go-shiori/shiori/webapp"
	_ "html/template"
	_ "io"
)
