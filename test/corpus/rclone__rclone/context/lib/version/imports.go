// Import list of package version in lib/version of rclone/rclone (the import blocks of its non-test files; no code kept)
package version

import (
	_ "path"
	_ "regexp"
	_ "strings"
	_ "time"
)
