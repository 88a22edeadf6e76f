// Import list of package check in cmd/check of rclone/rclone (the import blocks of its non-test files; no code kept)
package check

import (
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "io"
	_ "os"
	_ "strings"
)
