// Import list of package middleware in pkg/routes/middleware of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package middleware

import (
	_ "code.vikunja.io/api/pkg/events"
	_ "github.com/labstack/echo/v5"
	_ "net/url"
	_ "strings"
)
