// Import list of package webhook in internal/integration/webhook of miniflux/v2 (the import blocks of its non-test files; no code kept)
package webhook

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/model"
	_ "net/http"
	_ "time"
)
