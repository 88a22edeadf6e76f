// Import list of package compat in plugin/compat of gotify/server (the import blocks of its non-test files; no code kept)
package compat

import (
	_ "errors"
	_ "fmt"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/plugin-api"
	_ "net/url"
	_ "plugin"
	_ "slices"
)
