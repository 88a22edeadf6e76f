// Import list of package plugin in lib/plugin of rclone/rclone (the import blocks of its non-test files; no code kept)
package plugin

import (
	_ "fmt"
	_ "os"
	_ "path/filepath"
	_ "plugin"
	_ "strings"
)
