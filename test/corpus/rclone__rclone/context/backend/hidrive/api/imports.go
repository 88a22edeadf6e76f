// Import list of package api in backend/hidrive/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "encoding/json"
	_ "fmt"
	_ "net/url"
	_ "path"
	_ "strconv"
	_ "strings"
	_ "time"
)
