// Import list of package list in fs/list of rclone/rclone (the import blocks of its non-test files; no code kept)
package list

import (
	_ "cmp"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/lanrat/extsort"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/lib/bucket"
	_ "github.com/rclone/rclone/lib/errcount"
	_ "golang.org/x/sync/errgroup"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
