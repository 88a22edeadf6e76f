// Import list of package alias in backend/alias of rclone/rclone (the import blocks of its non-test files; no code kept)
package alias

import (
	_ "context"
	_ "errors"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "strings"
)
