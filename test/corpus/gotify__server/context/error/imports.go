// Import list of package error in error of gotify/server (the import blocks of its non-test files; no code kept)
package error

import (
	_ "fmt"
	_ "github.com/gin-gonic/gin"
	_ "github.com/go-playground/validator/v10"
	_ "github.com/gotify/server/v2/model"
	_ "net/http"
	_ "strings"
	_ "unicode"
)
