// Import list of package librclone in librclone/librclone of rclone/rclone (the import blocks of its non-test files; no code kept)
package librclone

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/config/configfile"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/fs/rc/jobs"
	_ "net/http"
	_ "runtime"
	_ "runtime/debug"
	_ "strings"
)
