// Import list of package archive in backend/archive of rclone/rclone (the import blocks of its non-test files; no code kept)
package archive

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/archive/archiver"
	_ "github.com/rclone/rclone/backend/archive/squashfs"
	_ "github.com/rclone/rclone/backend/archive/zip"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "github.com/rclone/rclone/fs/hash"
	_ "io"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
