// Import list of package request in internal/http/request of miniflux/v2 (the import blocks of its non-test files; no code kept)
package request

import (
	_ "miniflux.app/v2/internal/model"
	_ "net"
	_ "net/http"
	_ "strconv"
	_ "strings"
)
