// Import list of package rfc7523 in fosite/handler/rfc7523 of ory/hydra (the import blocks of its non-test files; no code kept)
package rfc7523

import (
	_ "context"
	_ "github.com/go-jose/go-jose/v3"
	_ "github.com/go-jose/go-jose/v3/jwt"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/handler/oauth2"
	_ "github.com/ory/x/errorsx"
	_ "strings"
	_ "time"
)
