// Import list of package logger in fs/logger of rclone/rclone (the import blocks of its non-test files; no code kept)
package logger

import (
	_ "github.com/rclone/rclone/backend/all"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/all"
	_ "github.com/rclone/rclone/lib/plugin"
)
