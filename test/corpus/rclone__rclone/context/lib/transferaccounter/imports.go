// Import list of package transferaccounter in lib/transferaccounter of rclone/rclone (the import blocks of its non-test files; no code kept)
package transferaccounter

import (
	_ "context"
	_ "sync/atomic"
)
