// Import list of package docs in docs of gotify/server (the import blocks of its non-test files; no code kept)
package docs

import (
	_ "embed"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/location"
	_ "strings"
)
