// Import list of package healthx in oryx/healthx of ory/hydra (the import blocks of its non-test files; no code kept)
package healthx

import (
	_ "github.com/ory/herodot"
	_ "github.com/ory/x/httprouterx"
	_ "net/http"
	_ "strings"
)
