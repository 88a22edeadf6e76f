// Import list of package mockobject in fstest/mockobject of rclone/rclone (the import blocks of its non-test files; no code kept)
package mockobject

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/hash"
	_ "io"
	_ "time"
)
