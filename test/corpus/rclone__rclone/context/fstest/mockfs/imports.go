// Import list of package mockfs in fstest/mockfs of rclone/rclone (the import blocks of its non-test files; no code kept)
package mockfs

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/hash"
	_ "io"
	_ "path"
	_ "time"
)
