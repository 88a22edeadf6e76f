// Import list of package archiveorg in internal/integration/archiveorg of miniflux/v2 (the import blocks of its non-test files; no code kept)
package archiveorg

import (
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "net/url"
	_ "time"
)
