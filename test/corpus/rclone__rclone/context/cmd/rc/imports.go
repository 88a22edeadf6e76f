// Import list of package rc in cmd/rc of rclone/rclone (the import blocks of its non-test files; no code kept)
package rc

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/fs/rc/jobs"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "io"
	_ "net/http"
	_ "os"
	_ "strings"
)
