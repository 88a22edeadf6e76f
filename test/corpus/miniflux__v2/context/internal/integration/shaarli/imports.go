// Import list of package shaarli in internal/integration/shaarli of miniflux/v2 (the import blocks of its non-test files; no code kept)
package shaarli

import (
	_ "crypto/hmac"
	_ "crypto/sha512"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "miniflux.app/v2/internal/http/client"
	_ "miniflux.app/v2/internal/urllib"
	_ "net/http"
	_ "time"
)
