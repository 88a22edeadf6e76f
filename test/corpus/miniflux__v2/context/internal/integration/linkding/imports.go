// Import list of package linkding in internal/integration/linkding of miniflux/v2 (the import blocks of its non-test files; no code kept)
package linkding

import (
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
	_ "strings"
)
