// Import list of package raindrop in internal/integration/raindrop of miniflux/v2 (the import blocks of its non-test files; no code kept)
package raindrop

import (
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "net/http"
	_ "strings"
)
