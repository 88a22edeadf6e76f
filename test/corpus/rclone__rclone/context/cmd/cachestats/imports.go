// Import list of package cachestats in cmd/cachestats of rclone/rclone (the import blocks of its non-test files; no code kept)
package cachestats

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/cache"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/spf13/cobra"
)
