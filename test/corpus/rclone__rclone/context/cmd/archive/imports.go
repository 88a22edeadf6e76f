// Import list of package archive in cmd/archive of rclone/rclone (the import blocks of its non-test files; no code kept)
package archive

import (
	_ "errors"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/spf13/cobra"
)
