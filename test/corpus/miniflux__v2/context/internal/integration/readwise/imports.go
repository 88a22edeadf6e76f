// Import list of package readwise in internal/integration/readwise of miniflux/v2 (the import blocks of its non-test files; no code kept)
package readwise

import (
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "net/http"
)
