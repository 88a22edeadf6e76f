// Import list of package shiori in internal/integration/shiori of miniflux/v2 (the import blocks of its non-test files; no code kept)
package shiori

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
)
