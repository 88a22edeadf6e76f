// Import list of package imagekit in backend/imagekit of rclone/rclone (the import blocks of its non-test files; no code kept)
package imagekit

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/imagekit/client"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "github.com/rclone/rclone/lib/pacer"
	_ "github.com/rclone/rclone/lib/readers"
	_ "github.com/rclone/rclone/lib/version"
	_ "io"
	_ "math"
	_ "net/http"
	_ "path"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
