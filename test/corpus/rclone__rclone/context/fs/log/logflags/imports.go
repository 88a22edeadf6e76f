// Import list of package logflags in fs/log/logflags of rclone/rclone (the import blocks of its non-test files; no code kept)
package logflags

import (
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/spf13/pflag"
)
