// Import list of package vfscommon in vfs/vfscommon of rclone/rclone (the import blocks of its non-test files; no code kept)
package vfscommon

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "golang.org/x/sys/unix"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "runtime"
	_ "runtime/debug"
	_ "strconv"
	_ "time"
)
