// Import list of package backend in cmd/backend of rclone/rclone (the import blocks of its non-test files; no code kept)
package backend

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/rc"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "os"
	_ "sort"
)
