// Import list of package queue in handler/api/queue of drone/drone (the import blocks of its non-test files; no code kept)
package queue

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/drone/drone/logger"
	_ "net/http"
)
