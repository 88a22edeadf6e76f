// Import list of package secrets in handler/api/secrets of drone/drone (the import blocks of its non-test files; no code kept)
package secrets

import (
	_ "encoding/json"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/go-chi/chi"
	_ "net/http"
)
