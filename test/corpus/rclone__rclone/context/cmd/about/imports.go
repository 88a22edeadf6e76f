// Import list of package about in cmd/about of rclone/rclone (the import blocks of its non-test files; no code kept)
package about

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/spf13/cobra"
	_ "os"
)
