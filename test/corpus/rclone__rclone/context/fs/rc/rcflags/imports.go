// Import list of package rcflags in fs/rc/rcflags of rclone/rclone (the import blocks of its non-test files; no code kept)
package rcflags

import (
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/spf13/pflag"
)
