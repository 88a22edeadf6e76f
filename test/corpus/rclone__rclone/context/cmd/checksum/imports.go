// Import list of package checksum in cmd/checksum of rclone/rclone (the import blocks of its non-test files; no code kept)
package checksum

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/check"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "strings"
)
