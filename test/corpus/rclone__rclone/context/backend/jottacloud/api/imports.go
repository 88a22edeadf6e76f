// Import list of package api in backend/jottacloud/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "encoding/xml"
	_ "errors"
	_ "fmt"
	_ "time"
)
