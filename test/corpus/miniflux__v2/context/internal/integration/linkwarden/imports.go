// Import list of package linkwarden in internal/integration/linkwarden of miniflux/v2 (the import blocks of its non-test files; no code kept)
package linkwarden

import (
	_ "errors"
	_ "fmt"
	_ "io"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
)
