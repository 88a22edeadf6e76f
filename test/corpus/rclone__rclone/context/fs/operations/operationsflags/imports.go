// Import list of package operationsflags in fs/operations/operationsflags of rclone/rclone (the import blocks of its non-test files; no code kept)
package operationsflags

import (
	_ "context"
	_ "embed"
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
