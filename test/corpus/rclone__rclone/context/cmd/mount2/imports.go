// Import list of package mount2 in cmd/mount2 of rclone/rclone (the import blocks of its non-test files; no code kept)
package mount2

import (
	_ "context"
	_ "fmt"
	_ "github.com/hanwen/go-fuse/v2/fs"
	_ "github.com/hanwen/go-fuse/v2/fuse"
	_ "github.com/rclone/rclone/cmd/mountlib"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/vfs"
	_ "io"
	_ "os"
	_ "path"
	_ "runtime"
	_ "syscall"
	_ "time"
)
