// Import list of package system in handler/api/system of drone/drone (the import blocks of its non-test files; no code kept)
package system

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/logger"
	_ "net/http"
)
