// Import list of package api in backend/googlephotos/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "fmt"
	_ "time"
)
