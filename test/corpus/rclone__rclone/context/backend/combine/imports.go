// Import list of package combine in backend/combine of rclone/rclone (the import blocks of its non-test files; no code kept)
package combine

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/list"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/walk"
	_ "golang.org/x/sync/errgroup"
	_ "io"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
