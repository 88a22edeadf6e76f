// Import list of package api in health/api of distribution/distribution (the import blocks of its non-test files; no code kept)
package api

import (
	_ "errors"
	_ "github.com/distribution/distribution/v3/health"
	_ "net/http"
)
