// Import list of package convmv in cmd/convmv of rclone/rclone (the import blocks of its non-test files; no code kept)
package convmv

import (
	_ "context"
	_ "errors"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/sync"
	_ "github.com/rclone/rclone/lib/transform"
	_ "github.com/spf13/cobra"
	_ "strings"
)
