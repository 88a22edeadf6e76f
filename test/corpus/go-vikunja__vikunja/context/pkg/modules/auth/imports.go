// Import list of package auth in pkg/modules/auth of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/humabridge"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/web"
	_ "context"
	_ "fmt"
	_ "github.com/dustinkirkland/golang-petname"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/google/uuid"
	_ "github.com/labstack/echo/v5"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
	_ "xorm.io/xorm"
)
