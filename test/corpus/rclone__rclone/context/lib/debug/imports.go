// Import list of package debug in lib/debug of rclone/rclone (the import blocks of its non-test files; no code kept)
package debug

import (
	_ "runtime/debug"
)
