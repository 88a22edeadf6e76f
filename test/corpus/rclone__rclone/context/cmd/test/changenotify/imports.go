// Import list of package changenotify in cmd/test/changenotify of rclone/rclone (the import blocks of its non-test files; no code kept)
package changenotify

import (
	_ "context"
	_ "errors"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/test"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/spf13/cobra"
	_ "time"
)
