// Import list of package pool in lib/pool of rclone/rclone (the import blocks of its non-test files; no code kept)
package pool

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/lib/mmap"
	_ "golang.org/x/sync/semaphore"
	_ "io"
	_ "slices"
	_ "sync"
	_ "time"
)
