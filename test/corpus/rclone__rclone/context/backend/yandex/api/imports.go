// Import list of package api in backend/yandex/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "fmt"
	_ "strings"
)
