// Import list of package cmdtest in cmdtest of rclone/rclone (the import blocks of its non-test files; no code kept)
package cmdtest

import (
	_ "github.com/rclone/rclone/backend/all"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/all"
	_ "github.com/rclone/rclone/lib/plugin"
)
