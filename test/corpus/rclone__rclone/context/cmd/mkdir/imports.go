// Import list of package mkdir in cmd/mkdir of rclone/rclone (the import blocks of its non-test files; no code kept)
package mkdir

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "strings"
)
