// Import list of package zip in backend/archive/zip of rclone/rclone (the import blocks of its non-test files; no code kept)
package zip

import (
	_ "archive/zip"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/archive/archiver"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/dirtree"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/lib/readers"
	_ "github.com/rclone/rclone/vfs"
	_ "github.com/rclone/rclone/vfs/vfscommon"
	_ "io"
	_ "os"
	_ "path"
	_ "strings"
	_ "time"
)
