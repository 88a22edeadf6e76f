// Import list of package dirtree in fs/dirtree of rclone/rclone (the import blocks of its non-test files; no code kept)
package dirtree

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "path"
	_ "sort"
	_ "time"
)
