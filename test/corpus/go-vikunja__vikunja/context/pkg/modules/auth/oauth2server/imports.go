// Import list of package oauth2server in pkg/modules/auth/oauth2server of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package oauth2server

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/auth"
	_ "code.vikunja.io/api/pkg/user"
	_ "context"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "github.com/labstack/echo/v5"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
