// Import list of package inits in cmd/cloudflared/inits of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package inits

import (
	_ "os"
	_ "runtime"
)
