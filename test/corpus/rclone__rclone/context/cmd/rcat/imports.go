// Import list of package rcat in cmd/rcat of rclone/rclone (the import blocks of its non-test files; no code kept)
package rcat

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "os"
	_ "time"
)
