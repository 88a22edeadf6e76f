// Import list of package storj in backend/storj of rclone/rclone (the import blocks of its non-test files; no code kept)
package storj

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/lib/bucket"
	_ "golang.org/x/text/unicode/norm"
	_ "io"
	_ "path"
	_ "storj.io/uplink"
	_ "storj.io/uplink/edge"
	_ "strings"
	_ "time"
)
