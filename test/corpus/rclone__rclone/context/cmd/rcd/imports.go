// Import list of package rcd in cmd/rcd of rclone/rclone (the import blocks of its non-test files; no code kept)
package rcd

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/fs/rc/rcflags"
	_ "github.com/rclone/rclone/fs/rc/rcserver"
	_ "github.com/rclone/rclone/lib/http"
	_ "github.com/rclone/rclone/lib/systemd"
	_ "github.com/spf13/cobra"
	_ "strings"
)
