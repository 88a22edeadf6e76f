// Import list of package memory in cmd/test/memory of rclone/rclone (the import blocks of its non-test files; no code kept)
package memory

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/test"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "runtime"
	_ "sync"
)
