// Import list of package daemonize in lib/daemonize of rclone/rclone (the import blocks of its non-test files; no code kept)
package daemonize

import (
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "golang.org/x/sys/unix"
	_ "os"
	_ "strings"
	_ "syscall"
)
