// Import list of package pacer in lib/pacer of rclone/rclone (the import blocks of its non-test files; no code kept)
package pacer

import (
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/lib/caller"
	_ "github.com/rclone/rclone/lib/errors"
	_ "golang.org/x/time/rate"
	_ "math/rand"
	_ "sync"
	_ "time"
)
