// Import list of package object in fs/object of rclone/rclone (the import blocks of its non-test files; no code kept)
package object

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/hash"
	_ "io"
	_ "time"
)
