// Import list of package api in backend/pikpak/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "fmt"
	_ "net/url"
	_ "reflect"
	_ "strconv"
	_ "time"
)
