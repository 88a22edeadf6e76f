// Import list of package walk in fs/walk of rclone/rclone (the import blocks of its non-test files; no code kept)
package walk

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/dirtree"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/fs/list"
	_ "path"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
