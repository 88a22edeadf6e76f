// Import list of package internal in backend/hidrive/hidrivehash/internal of rclone/rclone (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "encoding"
	_ "hash"
)
