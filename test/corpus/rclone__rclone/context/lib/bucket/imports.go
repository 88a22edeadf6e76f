// Import list of package bucket in lib/bucket of rclone/rclone (the import blocks of its non-test files; no code kept)
package bucket

import (
	_ "errors"
	_ "strings"
	_ "sync"
)
