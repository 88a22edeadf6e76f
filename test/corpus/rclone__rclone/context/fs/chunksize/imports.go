// Import list of package chunksize in fs/chunksize of rclone/rclone (the import blocks of its non-test files; no code kept)
package chunksize

import (
	_ "github.com/rclone/rclone/fs"
)
