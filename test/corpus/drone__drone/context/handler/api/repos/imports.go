// Import list of package repos in handler/api/repos of drone/drone (the import blocks of its non-test files; no code kept)
package repos

import (
	_ "encoding/json"
	_ "github.com/dchest/uniuri"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/handler/api/request"
	_ "github.com/drone/drone/logger"
	_ "github.com/go-chi/chi"
	_ "net/http"
	_ "os"
	_ "strconv"
)
