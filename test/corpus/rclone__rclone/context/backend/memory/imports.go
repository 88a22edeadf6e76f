// Import list of package memory in backend/memory of rclone/rclone (the import blocks of its non-test files; no code kept)
package memory

import (
	_ "bytes"
	_ "context"
	_ "crypto/md5"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/list"
	_ "github.com/rclone/rclone/lib/bucket"
	_ "io"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
