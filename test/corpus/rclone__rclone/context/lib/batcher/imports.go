// Import list of package batcher in lib/batcher of rclone/rclone (the import blocks of its non-test files; no code kept)
package batcher

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/lib/atexit"
	_ "sync"
	_ "time"
)
