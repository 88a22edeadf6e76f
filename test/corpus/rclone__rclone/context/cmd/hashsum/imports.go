// Import list of package hashsum in cmd/hashsum of rclone/rclone (the import blocks of its non-test files; no code kept)
package hashsum

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
	_ "os"
)
