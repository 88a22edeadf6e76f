// Import list of package link in handler/web/link of drone/drone (the import blocks of its non-test files; no code kept)
package link

import (
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/go-chi/chi"
	_ "net/http"
)
