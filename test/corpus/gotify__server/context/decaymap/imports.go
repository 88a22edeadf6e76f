// Import list of package decaymap in decaymap of gotify/server (the import blocks of its non-test files; no code kept)
package decaymap

import (
	_ "sync"
	_ "time"
)
