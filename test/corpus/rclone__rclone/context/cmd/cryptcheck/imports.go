// Import list of package cryptcheck in cmd/cryptcheck of rclone/rclone (the import blocks of its non-test files; no code kept)
package cryptcheck

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/crypt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/check"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
