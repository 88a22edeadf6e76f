// Import list of package handler in pkg/modules/migration/handler of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package handler

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/i18n"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/notifications"
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/ThreeDotsLabs/watermill/message"
	_ "github.com/getsentry/sentry-go"
	_ "github.com/labstack/echo/v5"
	_ "golang.org/x/text/cases"
	_ "golang.org/x/text/language"
	_ "io"
	_ "net/http"
)
