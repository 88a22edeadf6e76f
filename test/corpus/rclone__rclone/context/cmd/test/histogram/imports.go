// Import list of package histogram in cmd/test/histogram of rclone/rclone (the import blocks of its non-test files; no code kept)
package histogram

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/test"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/walk"
	_ "github.com/spf13/cobra"
	_ "os"
	_ "path"
)
