// Import list of package e2etests in pkg/e2etests of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package e2etests

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/auth"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/routes"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/web/handler"
	_ "context"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/labstack/echo/v5"
	_ "github.com/stretchr/testify/require"
	_ "net/http"
	_ "net/http/httptest"
	_ "net/url"
	_ "strings"
	_ "sync"
	_ "testing"
)
