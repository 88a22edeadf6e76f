// Import list of package settier in cmd/settier of rclone/rclone (the import blocks of its non-test files; no code kept)
package settier

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
