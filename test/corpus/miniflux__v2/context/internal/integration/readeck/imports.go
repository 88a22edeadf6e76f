// Import list of package readeck in internal/integration/readeck of miniflux/v2 (the import blocks of its non-test files; no code kept)
package readeck

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "mime/multipart"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "strings"
	_ "time"
)
