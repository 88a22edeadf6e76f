// Import list of package quickxorhash in backend/onedrive/quickxorhash of rclone/rclone (the import blocks of its non-test files; no code kept)
package quickxorhash

import (
	_ "crypto/subtle"
	_ "hash"
)
