// Import list of package humabridge in pkg/modules/humabridge of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package humabridge

import (
	_ "context"
	_ "github.com/danielgtaylor/huma/v2"
	_ "github.com/danielgtaylor/huma/v2/adapters/humaecho"
	_ "github.com/labstack/echo/v5"
	_ "net/http"
	_ "strings"
)
