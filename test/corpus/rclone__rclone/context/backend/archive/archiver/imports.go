// Import list of package archiver in backend/archive/archiver of rclone/rclone (the import blocks of its non-test files; no code kept)
package archiver

import (
	_ "context"
	_ "github.com/rclone/rclone/fs"
)
