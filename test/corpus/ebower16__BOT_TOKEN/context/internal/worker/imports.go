// Import list of package worker in internal/worker of ebower16/BOT_TOKEN (the import blocks of its non-test files; no code kept)
package worker

import (
	_ "crypto/md5"
	_ "encoding/hex"
	_ "sync"
)
