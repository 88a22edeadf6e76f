// Import list of package cfio in cfio of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package cfio

import (
	_ "io"
	_ "sync"
)
