// Import list of package filterflags in fs/filter/filterflags of rclone/rclone (the import blocks of its non-test files; no code kept)
package filterflags

import (
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/spf13/pflag"
)
