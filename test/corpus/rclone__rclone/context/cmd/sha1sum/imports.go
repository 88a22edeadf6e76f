// Import list of package sha1sum in cmd/sha1sum of rclone/rclone (the import blocks of its non-test files; no code kept)
package sha1sum

import (
	_ "context"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/hashsum"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
)
