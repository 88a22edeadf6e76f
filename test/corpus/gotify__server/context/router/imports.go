// Import list of package router in router of gotify/server (the import blocks of its non-test files; no code kept)
package router

import (
	_ "fmt"
	_ "github.com/gin-contrib/cors"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/location"
	_ "github.com/gotify/server/v2/api"
	_ "github.com/gotify/server/v2/api/stream"
	_ "github.com/gotify/server/v2/auth"
	_ "github.com/gotify/server/v2/config"
	_ "github.com/gotify/server/v2/database"
	_ "github.com/gotify/server/v2/docs"
	_ "github.com/gotify/server/v2/error"
	_ "github.com/gotify/server/v2/model"
	_ "github.com/gotify/server/v2/plugin"
	_ "github.com/gotify/server/v2/ui"
	_ "github.com/rs/zerolog/log"
	_ "net/http"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
	_ "time"
)
