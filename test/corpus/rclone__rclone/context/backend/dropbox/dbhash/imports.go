// Import list of package dbhash in backend/dropbox/dbhash of rclone/rclone (the import blocks of its non-test files; no code kept)
package dbhash

import (
	_ "crypto/sha256"
	_ "hash"
)
