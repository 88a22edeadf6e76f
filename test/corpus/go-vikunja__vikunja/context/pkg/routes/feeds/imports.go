// Import list of package feeds in pkg/routes/feeds of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package feeds

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/i18n"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/notifications"
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/json"
	_ "github.com/gorilla/feeds"
	_ "github.com/labstack/echo/v5"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "time"
	_ "xorm.io/xorm"
)
