// Import list of package internal in cmd/test/info/internal of rclone/rclone (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "strings"
)
