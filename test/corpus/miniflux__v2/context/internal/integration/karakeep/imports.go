// Import list of package karakeep in internal/integration/karakeep of miniflux/v2 (the import blocks of its non-test files; no code kept)
package karakeep

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "strings"
	_ "time"
)
