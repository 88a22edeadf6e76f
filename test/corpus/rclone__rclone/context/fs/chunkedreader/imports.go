// Import list of package chunkedreader in fs/chunkedreader of rclone/rclone (the import blocks of its non-test files; no code kept)
package chunkedreader

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/asyncreader"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/lib/multipart"
	_ "github.com/rclone/rclone/lib/pool"
	_ "io"
	_ "sync"
)
