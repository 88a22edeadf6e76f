// Import list of package users in handler/api/users of drone/drone (the import blocks of its non-test files; no code kept)
package users

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/dchest/uniuri"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/handler/api/request"
	_ "github.com/drone/drone/logger"
	_ "github.com/go-chi/chi"
	_ "net/http"
	_ "strconv"
	_ "time"
)
