// Import list of package api in backend/webdav/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "encoding/xml"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/hash"
	_ "regexp"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
