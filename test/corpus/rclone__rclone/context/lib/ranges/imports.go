// Import list of package ranges in lib/ranges of rclone/rclone (the import blocks of its non-test files; no code kept)
package ranges

import (
	_ "sort"
)
