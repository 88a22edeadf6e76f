// Import list of package api in backend/mailru/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "bufio"
	_ "bytes"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/lib/readers"
	_ "io"
	_ "time"
)
