// Import list of package caller in lib/caller of rclone/rclone (the import blocks of its non-test files; no code kept)
package caller

import (
	_ "runtime"
	_ "strings"
)
