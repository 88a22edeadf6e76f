// Import list of package cache in lib/cache of rclone/rclone (the import blocks of its non-test files; no code kept)
package cache

import (
	_ "strings"
	_ "sync"
	_ "time"
)
