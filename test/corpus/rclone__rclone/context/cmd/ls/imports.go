// Import list of package ls in cmd/ls of rclone/rclone (the import blocks of its non-test files; no code kept)
package ls

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/ls/lshelp"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "os"
)
