// Import list of package size in cmd/size of rclone/rclone (the import blocks of its non-test files; no code kept)
package size

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "os"
	_ "strconv"
)
