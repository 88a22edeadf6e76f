// Import list of package multipart in lib/multipart of rclone/rclone (the import blocks of its non-test files; no code kept)
package multipart

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/lib/atexit"
	_ "github.com/rclone/rclone/lib/pacer"
	_ "github.com/rclone/rclone/lib/pool"
	_ "golang.org/x/sync/errgroup"
	_ "io"
)
