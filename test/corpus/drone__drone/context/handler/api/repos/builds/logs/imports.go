// Import list of package logs in handler/api/repos/builds/logs of drone/drone (the import blocks of its non-test files; no code kept)
package logs

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/go-chi/chi"
	_ "io"
	_ "net/http"
	_ "strconv"
)
