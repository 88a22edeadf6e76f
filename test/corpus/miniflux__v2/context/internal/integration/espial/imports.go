// Import list of package espial in internal/integration/espial of miniflux/v2 (the import blocks of its non-test files; no code kept)
package espial

import (
	_ "bytes"
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
)
