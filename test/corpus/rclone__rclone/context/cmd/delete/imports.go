// Import list of package delete in cmd/delete of rclone/rclone (the import blocks of its non-test files; no code kept)
package delete

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "strings"
)
