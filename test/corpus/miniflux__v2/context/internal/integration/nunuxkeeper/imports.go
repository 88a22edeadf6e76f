// Import list of package nunuxkeeper in internal/integration/nunuxkeeper of miniflux/v2 (the import blocks of its non-test files; no code kept)
package nunuxkeeper

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "time"
)
