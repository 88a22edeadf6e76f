// Import list of package api in backend/b2/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "fmt"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/lib/version"
	_ "strconv"
	_ "time"
)
