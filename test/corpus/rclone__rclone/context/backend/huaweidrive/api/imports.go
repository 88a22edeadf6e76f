// Import list of package api in backend/huaweidrive/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "time"
)
