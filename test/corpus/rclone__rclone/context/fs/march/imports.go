// Import list of package march in fs/march of rclone/rclone (the import blocks of its non-test files; no code kept)
package march

import (
	_ "cmp"
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/dirtree"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/fs/list"
	_ "github.com/rclone/rclone/fs/walk"
	_ "github.com/rclone/rclone/lib/transform"
	_ "golang.org/x/sync/semaphore"
	_ "golang.org/x/text/unicode/norm"
	_ "path"
	_ "slices"
	_ "strings"
	_ "sync"
)
