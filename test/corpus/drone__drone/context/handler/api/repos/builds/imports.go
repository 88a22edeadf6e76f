// Import list of package builds in handler/api/repos/builds of drone/drone (the import blocks of its non-test files; no code kept)
package builds

import (
	_ "context"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/handler/api/request"
	_ "github.com/drone/drone/logger"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/go-chi/chi"
	_ "net/http"
	_ "strconv"
	_ "time"
)
