// Import list of package oauth2cors in x/oauth2cors of ory/hydra (the import blocks of its non-test files; no code kept)
package oauth2cors

import (
	_ "github.com/gobwas/glob"
	_ "github.com/ory/hydra/v2/client"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/oauth2"
	_ "github.com/ory/x/corsx"
	_ "github.com/ory/x/logrusx"
	_ "github.com/rs/cors"
	_ "net/http"
	_ "strings"
)
