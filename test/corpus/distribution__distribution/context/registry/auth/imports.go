// Import list of package auth in registry/auth of distribution/distribution (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "errors"
	_ "fmt"
	_ "net/http"
)
