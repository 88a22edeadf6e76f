// Import list of package retry in retry of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package retry

import (
	_ "context"
	_ "math/rand"
	_ "time"
)
