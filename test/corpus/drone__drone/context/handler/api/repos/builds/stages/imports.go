// Import list of package stages in handler/api/repos/builds/stages of drone/drone (the import blocks of its non-test files; no code kept)
package stages

import (
	_ "context"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/go-chi/chi"
	_ "net/http"
	_ "strconv"
)
