// Import list of package pkce in fosite/handler/pkce of ory/hydra (the import blocks of its non-test files; no code kept)
package pkce

import (
	_ "context"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/handler/oauth2"
	_ "github.com/ory/x/errorsx"
	_ "github.com/pkg/errors"
	_ "regexp"
)
