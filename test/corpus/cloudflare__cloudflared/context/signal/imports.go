// Import list of package signal in signal of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package signal

import (
	_ "sync"
)
