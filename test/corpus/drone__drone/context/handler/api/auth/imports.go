// Import list of package auth in handler/api/auth of drone/drone (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/request"
	_ "github.com/drone/drone/logger"
	_ "net/http"
)
