// Import list of package oauth2 in internal/oauth2 of miniflux/v2 (the import blocks of its non-test files; no code kept)
package oauth2

import (
	_ "context"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/coreos/go-oidc/v3/oidc"
	_ "golang.org/x/oauth2"
	_ "log/slog"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/model"
	_ "net/http"
)
