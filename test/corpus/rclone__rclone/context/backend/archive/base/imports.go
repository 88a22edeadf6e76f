// Import list of package base in backend/archive/base of rclone/rclone (the import blocks of its non-test files; no code kept)
package base

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/vfs"
	_ "io"
	_ "path"
	_ "time"
)
