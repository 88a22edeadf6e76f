// Import list of package fspath in fs/fspath of rclone/rclone (the import blocks of its non-test files; no code kept)
package fspath

import (
	_ "errors"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/driveletter"
	_ "path"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
)
