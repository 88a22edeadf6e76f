// Import list of package sync in fs/sync of rclone/rclone (the import blocks of its non-test files; no code kept)
package sync

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/aalpar/deheap"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/march"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/lib/errcount"
	_ "github.com/rclone/rclone/lib/transform"
	_ "golang.org/x/sync/errgroup"
	_ "math/bits"
	_ "path"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
