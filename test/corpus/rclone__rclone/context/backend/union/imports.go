// Import list of package union in backend/union of rclone/rclone (the import blocks of its non-test files; no code kept)
package union

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/union/common"
	_ "github.com/rclone/rclone/backend/union/policy"
	_ "github.com/rclone/rclone/backend/union/upstream"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/walk"
	_ "io"
	_ "path"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "time"
)
