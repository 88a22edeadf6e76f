// Import list of package mrhash in backend/mailru/mrhash of rclone/rclone (the import blocks of its non-test files; no code kept)
package mrhash

import (
	_ "crypto/sha1"
	_ "encoding"
	_ "encoding/hex"
	_ "errors"
	_ "hash"
	_ "strconv"
)
