// Import list of package ui in ui of gotify/server (the import blocks of its non-test files; no code kept)
package ui

import (
	_ "embed"
	_ "encoding/json"
	_ "github.com/gin-contrib/gzip"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/server/v2/model"
	_ "io/fs"
	_ "net/http"
	_ "strings"
)
