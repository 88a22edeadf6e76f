// Import list of package dedupe in cmd/dedupe of rclone/rclone (the import blocks of its non-test files; no code kept)
package dedupe

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
