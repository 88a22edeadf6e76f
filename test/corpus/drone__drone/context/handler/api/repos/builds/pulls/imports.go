// Import list of package pulls in handler/api/repos/builds/pulls of drone/drone (the import blocks of its non-test files; no code kept)
package pulls

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/logger"
	_ "github.com/go-chi/chi"
	_ "net/http"
	_ "strconv"
)
