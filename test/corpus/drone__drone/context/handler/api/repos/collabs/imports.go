// Import list of package collabs in handler/api/repos/collabs of drone/drone (the import blocks of its non-test files; no code kept)
package collabs

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/logger"
	_ "github.com/go-chi/chi"
	_ "net/http"
)
