// Import list of package api in backend/filefabric/api of rclone/rclone (the import blocks of its non-test files; no code kept)
package api

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "reflect"
	_ "strings"
	_ "time"
)
