// Import list of package jobs in fs/rc/jobs of rclone/rclone (the import blocks of its non-test files; no code kept)
package jobs

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/google/uuid"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/rc"
	_ "golang.org/x/sync/errgroup"
	_ "net/http"
	_ "runtime/debug"
	_ "slices"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
