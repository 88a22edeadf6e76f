// Import list of package upstream in backend/union/upstream of rclone/rclone (the import blocks of its non-test files; no code kept)
package upstream

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/union/common"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "github.com/rclone/rclone/fs/operations"
	_ "io"
	_ "math"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
