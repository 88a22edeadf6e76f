// Import list of package dircache in lib/dircache of rclone/rclone (the import blocks of its non-test files; no code kept)
package dircache

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "path"
	_ "strings"
	_ "sync"
)
