// Import list of package health in handler/health of drone/drone (the import blocks of its non-test files; no code kept)
package health

import (
	_ "github.com/go-chi/chi"
	_ "github.com/go-chi/chi/middleware"
	_ "io"
	_ "net/http"
)
