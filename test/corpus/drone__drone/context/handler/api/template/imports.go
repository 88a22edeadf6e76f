// Import list of package template in handler/api/template of drone/drone (the import blocks of its non-test files; no code kept)
package template

import (
	_ "encoding/json"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/go-chi/chi"
	_ "net/http"
)
