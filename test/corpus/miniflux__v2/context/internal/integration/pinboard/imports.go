// Import list of package pinboard in internal/integration/pinboard of miniflux/v2 (the import blocks of its non-test files; no code kept)
package pinboard

import (
	_ "encoding/xml"
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
