// Import list of package vfsflags in vfs/vfsflags of rclone/rclone (the import blocks of its non-test files; no code kept)
package vfsflags

import (
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/vfs/vfscommon"
	_ "github.com/spf13/pflag"
)
