// Import list of package cleanup in cmd/cleanup of rclone/rclone (the import blocks of its non-test files; no code kept)
package cleanup

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
