// Import list of package moveto in cmd/moveto of rclone/rclone (the import blocks of its non-test files; no code kept)
package moveto

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/operations/operationsflags"
	_ "github.com/rclone/rclone/fs/sync"
	_ "github.com/spf13/cobra"
)
