// Import list of package writeback in vfs/vfscache/writeback of rclone/rclone (the import blocks of its non-test files; no code kept)
package writeback

import (
	_ "container/heap"
	_ "context"
	_ "errors"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/vfs/vfscommon"
	_ "sort"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
