// Import list of package mockdir in fstest/mockdir of rclone/rclone (the import blocks of its non-test files; no code kept)
package mockdir

import (
	_ "github.com/rclone/rclone/fs"
	_ "time"
)
