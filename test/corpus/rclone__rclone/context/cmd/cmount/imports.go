// Import list of package cmount in cmd/cmount of rclone/rclone (the import blocks of its non-test files; no code kept)
package cmount

import (
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd/mountlib"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/lib/atexit"
	_ "github.com/rclone/rclone/lib/buildinfo"
	_ "github.com/rclone/rclone/vfs"
	_ "github.com/winfsp/cgofuse/fuse"
	_ "io"
	_ "os"
	_ "path"
	_ "runtime"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
