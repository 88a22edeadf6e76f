// Import list of package flags in fs/config/flags of rclone/rclone (the import blocks of its non-test files; no code kept)
package flags

import (
	_ "github.com/rclone/rclone/fs"
	_ "github.com/spf13/pflag"
	_ "os"
	_ "regexp"
	_ "strings"
	_ "time"
)
