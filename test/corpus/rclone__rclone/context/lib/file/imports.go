// Import list of package file in lib/file of rclone/rclone (the import blocks of its non-test files; no code kept)
package file

import (
	_ "errors"
	_ "github.com/rclone/rclone/fs"
	_ "golang.org/x/sys/unix"
	_ "os"
	_ "sync"
	_ "sync/atomic"
	_ "syscall"
)
