// Import list of package cubox in internal/integration/cubox of miniflux/v2 (the import blocks of its non-test files; no code kept)
package cubox

import (
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "net/http"
)
