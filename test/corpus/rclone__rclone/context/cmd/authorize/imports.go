// Import list of package authorize in cmd/authorize of rclone/rclone (the import blocks of its non-test files; no code kept)
package authorize

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/spf13/cobra"
)
