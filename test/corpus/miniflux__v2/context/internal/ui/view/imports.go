// Import list of package view in internal/ui/view of miniflux/v2 (the import blocks of its non-test files; no code kept)
package view

import (
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/http/request"
	_ "miniflux.app/v2/internal/template"
	_ "miniflux.app/v2/internal/ui/static"
	_ "net/http"
)
