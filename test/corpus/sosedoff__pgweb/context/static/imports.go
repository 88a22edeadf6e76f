// Import list of package static in static of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package static

import (
	_ "embed"
	_ "net/http"
	_ "os"
)
