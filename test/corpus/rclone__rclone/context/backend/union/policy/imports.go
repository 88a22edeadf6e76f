// Import list of package policy in backend/union/policy of rclone/rclone (the import blocks of its non-test files; no code kept)
package policy

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/union/upstream"
	_ "github.com/rclone/rclone/fs"
	_ "math"
	_ "math/rand"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
