// Import list of package link in cmd/link of rclone/rclone (the import blocks of its non-test files; no code kept)
package link

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
