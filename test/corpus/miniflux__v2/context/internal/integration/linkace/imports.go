// Import list of package linkace in internal/integration/linkace of miniflux/v2 (the import blocks of its non-test files; no code kept)
package linkace

import (
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
	_ "strings"
)
