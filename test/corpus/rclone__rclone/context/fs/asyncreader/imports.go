// Import list of package asyncreader in fs/asyncreader of rclone/rclone (the import blocks of its non-test files; no code kept)
package asyncreader

import (
	_ "context"
	_ "errors"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/lib/pool"
	_ "github.com/rclone/rclone/lib/readers"
	_ "io"
	_ "sync"
)
