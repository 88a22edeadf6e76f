// Import list of package api in backend/box/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "encoding/json"
	_ "fmt"
	_ "time"
)
