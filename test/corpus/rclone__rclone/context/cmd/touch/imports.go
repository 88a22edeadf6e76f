// Import list of package touch in cmd/touch of rclone/rclone (the import blocks of its non-test files; no code kept)
package touch

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "github.com/rclone/rclone/fs/object"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "time"
)
