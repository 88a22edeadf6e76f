// Import list of package cache in fs/cache of rclone/rclone (the import blocks of its non-test files; no code kept)
package cache

import (
	_ "context"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/lib/cache"
	_ "runtime"
	_ "strings"
	_ "sync"
	_ "time"
)
