// Import list of package matrixbot in internal/integration/matrixbot of miniflux/v2 (the import blocks of its non-test files; no code kept)
package matrixbot

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
