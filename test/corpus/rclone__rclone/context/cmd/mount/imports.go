// Import list of package mount in cmd/mount of rclone/rclone (the import blocks of its non-test files; no code kept)
package mount

import (
	_ "bazil.org/fuse"
	_ "bazil.org/fuse/fs"
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd/mountlib"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/vfs"
	_ "io"
	_ "os"
	_ "path"
	_ "syscall"
	_ "time"
)
