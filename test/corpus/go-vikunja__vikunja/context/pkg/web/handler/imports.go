// Import list of package handler in pkg/web/handler of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package handler

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/auth"
	_ "code.vikunja.io/api/pkg/web"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/labstack/echo/v5"
	_ "math"
	_ "net/http"
	_ "reflect"
	_ "strconv"
)
