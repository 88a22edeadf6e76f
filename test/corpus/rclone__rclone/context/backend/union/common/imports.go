// Import list of package common in backend/union/common of rclone/rclone (the import blocks of its non-test files; no code kept)
package common

import (
	_ "github.com/rclone/rclone/fs"
)
