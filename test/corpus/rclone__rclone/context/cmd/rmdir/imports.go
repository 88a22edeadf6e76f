// Import list of package rmdir in cmd/rmdir of rclone/rclone (the import blocks of its non-test files; no code kept)
package rmdir

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
