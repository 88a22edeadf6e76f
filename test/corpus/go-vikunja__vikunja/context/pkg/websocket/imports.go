// Import list of package websocket in pkg/websocket of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package websocket

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/license"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/auth"
	_ "code.vikunja.io/api/pkg/notifications"
	_ "code.vikunja.io/api/pkg/user"
	_ "context"
	_ "encoding/json"
	_ "github.com/ThreeDotsLabs/watermill/message"
	_ "github.com/coder/websocket"
	_ "github.com/labstack/echo/v5"
	_ "net/http"
	_ "sync"
	_ "time"
)
