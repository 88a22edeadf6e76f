// Import list of package stream in api/stream of gotify/server (the import blocks of its non-test files; no code kept)
package stream

import (
	_ "github.com/gin-gonic/gin"
	_ "github.com/gorilla/websocket"
	_ "github.com/gotify/server/v2/auth"
	_ "github.com/gotify/server/v2/model"
	_ "github.com/rs/zerolog/log"
	_ "net/http"
	_ "net/url"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
