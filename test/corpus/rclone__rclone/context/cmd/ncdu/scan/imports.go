// Import list of package scan in cmd/ncdu/scan of rclone/rclone (the import blocks of its non-test files; no code kept)
package scan

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/walk"
	_ "path"
	_ "slices"
	_ "sync"
	_ "time"
)
