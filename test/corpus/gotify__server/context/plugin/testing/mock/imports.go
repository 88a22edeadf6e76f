// Import list of package mock in plugin/testing/mock of gotify/server (the import blocks of its non-test files; no code kept)
package mock

import (
	_ "errors"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/server/v2/plugin/compat"
	_ "net/url"
	_ "slices"
)
