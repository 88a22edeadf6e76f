// Import list of package httprouterx in oryx/httprouterx of ory/hydra (the import blocks of its non-test files; no code kept)
package httprouterx

import (
	_ "context"
	_ "net/http"
	_ "path"
	_ "strings"
)
