// Import list of package configflags in fs/config/configflags of rclone/rclone (the import blocks of its non-test files; no code kept)
package configflags

import (
	_ "context"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/spf13/pflag"
	_ "net"
	_ "os"
	_ "strconv"
	_ "strings"
)
