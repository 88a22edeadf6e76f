// Import list of package files in cmd/archive/files of rclone/rclone (the import blocks of its non-test files; no code kept)
package files

import (
	_ "archive/tar"
	_ "context"
	_ "fmt"
	_ "github.com/mholt/archives"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/operations"
	_ "io"
	_ "io/fs"
	_ "path"
	_ "strconv"
	_ "strings"
	_ "sync/atomic"
	_ "time"
)
