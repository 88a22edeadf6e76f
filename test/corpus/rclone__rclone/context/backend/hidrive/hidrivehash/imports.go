// Import list of package hidrivehash in backend/hidrive/hidrivehash of rclone/rclone (the import blocks of its non-test files; no code kept)
package hidrivehash

import (
	_ "bytes"
	_ "crypto/sha1"
	_ "encoding"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/hidrive/hidrivehash/internal"
	_ "hash"
	_ "io"
)
