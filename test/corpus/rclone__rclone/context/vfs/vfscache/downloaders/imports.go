// Import list of package downloaders in vfs/vfscache/downloaders of rclone/rclone (the import blocks of its non-test files; no code kept)
package downloaders

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/asyncreader"
	_ "github.com/rclone/rclone/fs/chunkedreader"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/lib/ranges"
	_ "github.com/rclone/rclone/vfs/vfscommon"
	_ "sync"
	_ "time"
)
