// Import list of package errcount in lib/errcount of rclone/rclone (the import blocks of its non-test files; no code kept)
package errcount

import (
	_ "fmt"
	_ "sync"
)
