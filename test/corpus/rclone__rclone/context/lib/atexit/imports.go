// Import list of package atexit in lib/atexit of rclone/rclone (the import blocks of its non-test files; no code kept)
package atexit

import (
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/lib/exitcode"
	_ "os"
	_ "os/signal"
	_ "sync"
	_ "sync/atomic"
	_ "syscall"
)
