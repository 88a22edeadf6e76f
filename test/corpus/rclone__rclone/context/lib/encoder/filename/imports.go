// Import list of package filename in lib/encoder/filename of rclone/rclone (the import blocks of its non-test files; no code kept)
package filename

import (
	_ "bytes"
	_ "encoding/base64"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/dop251/scsu"
	_ "github.com/klauspost/compress/huff0"
	_ "sync"
)
