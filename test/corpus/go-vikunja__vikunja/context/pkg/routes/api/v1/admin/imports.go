// Import list of package admin in pkg/routes/api/v1/admin of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package admin

import (
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/auth/openid"
	_ "code.vikunja.io/api/pkg/routes/api/shared"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/web"
	_ "errors"
	_ "github.com/labstack/echo/v5"
	_ "net/http"
	_ "strconv"
	_ "xorm.io/xorm"
)
