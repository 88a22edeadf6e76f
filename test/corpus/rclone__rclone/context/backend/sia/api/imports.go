// Import list of package api in backend/sia/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "strings"
	_ "time"
)
