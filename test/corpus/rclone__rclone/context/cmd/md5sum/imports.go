// Import list of package md5sum in cmd/md5sum of rclone/rclone (the import blocks of its non-test files; no code kept)
package md5sum

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/hashsum"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
