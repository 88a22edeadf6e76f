// Import list of package serverx in oryx/serverx of ory/hydra (the import blocks of its non-test files; no code kept)
package serverx

import (
	_ "embed"
	_ "github.com/ory/herodot/httputil"
	_ "net/http"
)
