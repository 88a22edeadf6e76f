// Import list of package systemd in lib/systemd of rclone/rclone (the import blocks of its non-test files; no code kept)
package systemd

import (
	_ "fmt"
	_ "github.com/coreos/go-systemd/v22/daemon"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/lib/atexit"
	_ "sync"
)
