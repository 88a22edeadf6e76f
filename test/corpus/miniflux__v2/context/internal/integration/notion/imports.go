// Import list of package notion in internal/integration/notion of miniflux/v2 (the import blocks of its non-test files; no code kept)
package notion

import (
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "net/http"
)
