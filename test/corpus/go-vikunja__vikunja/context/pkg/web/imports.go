// Import list of package web in pkg/web of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package web

import (
	_ "github.com/labstack/echo/v5"
	_ "xorm.io/xorm"
)
