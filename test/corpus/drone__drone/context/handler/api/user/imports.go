// Import list of package user in handler/api/user of drone/drone (the import blocks of its non-test files; no code kept)
package user

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/dchest/uniuri"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/handler/api/request"
	_ "github.com/drone/drone/logger"
	_ "net/http"
)
