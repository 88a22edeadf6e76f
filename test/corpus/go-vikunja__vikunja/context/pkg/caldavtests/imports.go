// Import list of package caldavtests in pkg/caldavtests of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package caldavtests

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/routes"
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/base64"
	_ "encoding/xml"
	_ "fmt"
	_ "github.com/arran4/golang-ical"
	_ "github.com/labstack/echo/v5"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "net/http"
	_ "net/http/httptest"
	_ "strings"
	_ "testing"
	_ "time"
)
