// Import list of package storage in fosite/storage of ory/hydra (the import blocks of its non-test files; no code kept)
package storage

import (
	_ "context"
	_ "errors"
	_ "github.com/go-jose/go-jose/v3"
	_ "github.com/google/uuid"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/handler/oauth2"
	_ "github.com/ory/hydra/v2/fosite/handler/openid"
	_ "github.com/ory/hydra/v2/fosite/handler/pkce"
	_ "github.com/ory/hydra/v2/fosite/handler/rfc7523"
	_ "github.com/ory/hydra/v2/fosite/handler/rfc8628"
	_ "github.com/ory/hydra/v2/fosite/internal"
	_ "sync"
	_ "time"
)
