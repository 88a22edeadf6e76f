// Import list of package deploys in handler/api/repos/builds/deploys of drone/drone (the import blocks of its non-test files; no code kept)
package deploys

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/logger"
	_ "github.com/go-chi/chi"
	_ "net/http"
)
