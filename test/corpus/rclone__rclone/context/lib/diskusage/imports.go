// Import list of package diskusage in lib/diskusage of rclone/rclone (the import blocks of its non-test files; no code kept)
package diskusage

import (
	_ "errors"
	_ "golang.org/x/sys/unix"
)
