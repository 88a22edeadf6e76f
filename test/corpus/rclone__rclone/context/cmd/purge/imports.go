// Import list of package purge in cmd/purge of rclone/rclone (the import blocks of its non-test files; no code kept)
package purge

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
