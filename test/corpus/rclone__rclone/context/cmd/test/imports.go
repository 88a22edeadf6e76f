// Import list of package test in cmd/test of rclone/rclone (the import blocks of its non-test files; no code kept)
package test

import (
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/spf13/cobra"
)
