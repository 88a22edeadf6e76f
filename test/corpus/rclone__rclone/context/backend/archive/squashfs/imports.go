// Import list of package squashfs in backend/archive/squashfs of rclone/rclone (the import blocks of its non-test files; no code kept)
package squashfs

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/diskfs/go-diskfs/backend"
	_ "github.com/diskfs/go-diskfs/filesystem/squashfs"
	_ "github.com/rclone/rclone/backend/archive/archiver"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/lib/readers"
	_ "github.com/rclone/rclone/vfs"
	_ "github.com/rclone/rclone/vfs/vfscommon"
	_ "io"
	_ "io/fs"
	_ "os"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
