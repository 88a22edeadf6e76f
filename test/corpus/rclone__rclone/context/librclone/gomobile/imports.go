// Import list of package gomobile in librclone/gomobile of rclone/rclone (the import blocks of its non-test files; no code kept)
package gomobile

import (
	_ "github.com/rclone/rclone/backend/all"
	_ "github.com/rclone/rclone/lib/plugin"
	_ "github.com/rclone/rclone/librclone/librclone"
	_ "golang.org/x/mobile/event/key"
)
