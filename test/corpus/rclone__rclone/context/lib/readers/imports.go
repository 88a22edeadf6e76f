// Import list of package readers in lib/readers of rclone/rclone (the import blocks of its non-test files; no code kept)
package readers

import (
	_ "compress/gzip"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "io"
	_ "sync"
)
