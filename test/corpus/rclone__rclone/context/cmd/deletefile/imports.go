// Import list of package deletefile in cmd/deletefile of rclone/rclone (the import blocks of its non-test files; no code kept)
package deletefile

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
