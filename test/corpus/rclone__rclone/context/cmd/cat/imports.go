// Import list of package cat in cmd/cat of rclone/rclone (the import blocks of its non-test files; no code kept)
package cat

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "io"
	_ "os"
	_ "strings"
)
