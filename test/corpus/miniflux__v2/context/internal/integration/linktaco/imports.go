// Import list of package linktaco in internal/integration/linktaco of miniflux/v2 (the import blocks of its non-test files; no code kept)
package linktaco

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "strings"
	_ "time"
)
