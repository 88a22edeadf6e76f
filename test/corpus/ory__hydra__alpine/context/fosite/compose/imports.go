// Import list of package compose in fosite/compose of ory/hydra (the import blocks of its non-test files; no code kept)
package compose

import (
	_ "context"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/handler/oauth2"
	_ "github.com/ory/hydra/v2/fosite/handler/openid"
	_ "github.com/ory/hydra/v2/fosite/handler/par"
	_ "github.com/ory/hydra/v2/fosite/handler/pkce"
	_ "github.com/ory/hydra/v2/fosite/handler/rfc7523"
	_ "github.com/ory/hydra/v2/fosite/handler/rfc8628"
	_ "github.com/ory/hydra/v2/fosite/handler/verifiable"
	_ "github.com/ory/hydra/v2/fosite/token/hmac"
	_ "github.com/ory/hydra/v2/fosite/token/jwt"
)
