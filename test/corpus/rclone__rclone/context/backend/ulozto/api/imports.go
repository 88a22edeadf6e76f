// Import list of package api in backend/ulozto/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "errors"
	_ "fmt"
	_ "time"
)
