// Import list of package challenge in internal/client/auth/challenge of distribution/distribution (the import blocks of its non-test files; no code kept)
package challenge

import (
	_ "fmt"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "sync"
)
