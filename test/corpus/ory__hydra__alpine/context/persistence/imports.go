// Import list of package persistence in persistence of ory/hydra (the import blocks of its non-test files; no code kept)
package persistence

import (
	_ "context"
	_ "github.com/ory/hydra/v2/client"
	_ "github.com/ory/hydra/v2/consent"
	_ "github.com/ory/hydra/v2/oauth2/trust"
	_ "github.com/ory/hydra/v2/x"
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/x/networkx"
)
