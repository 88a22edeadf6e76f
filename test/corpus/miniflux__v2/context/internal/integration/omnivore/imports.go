// Import list of package omnivore in internal/integration/omnivore of miniflux/v2 (the import blocks of its non-test files; no code kept)
package omnivore

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "io"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/version"
	_ "net/http"
	_ "time"
)
