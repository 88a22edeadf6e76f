// Import list of package betula in internal/integration/betula of miniflux/v2 (the import blocks of its non-test files; no code kept)
package betula

import (
	_ "fmt"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
