// Import list of package instapaper in internal/integration/instapaper of miniflux/v2 (the import blocks of its non-test files; no code kept)
package instapaper

import (
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "net/url"
	_ "time"
)
