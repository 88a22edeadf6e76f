// Import list of package move in cmd/move of rclone/rclone (the import blocks of its non-test files; no code kept)
package move

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/operations/operationsflags"
	_ "github.com/rclone/rclone/fs/sync"
	_ "github.com/spf13/cobra"
	_ "strings"
)
