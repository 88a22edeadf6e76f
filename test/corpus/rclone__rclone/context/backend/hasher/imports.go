// Import list of package hasher in backend/hasher of rclone/rclone (the import blocks of its non-test files; no code kept)
package hasher

import (
	_ "bytes"
	_ "context"
	_ "encoding/gob"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/list"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/lib/kv"
	_ "io"
	_ "maps"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
