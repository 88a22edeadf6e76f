// Import list of package badge in handler/api/badge of drone/drone (the import blocks of its non-test files; no code kept)
package badge

import (
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/go-chi/chi"
	_ "io"
	_ "net/http"
	_ "time"
)
