// Import list of package mega in backend/mega of rclone/rclone (the import blocks of its non-test files; no code kept)
package mega

import (
	_ "context"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/config/obscure"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "github.com/rclone/rclone/lib/pacer"
	_ "github.com/rclone/rclone/lib/readers"
	_ "github.com/t3rm1n4l/go-mega"
	_ "io"
	_ "path"
	_ "slices"
	_ "strings"
	_ "sync"
	_ "time"
)
