// Import list of package lsjson in cmd/lsjson of rclone/rclone (the import blocks of its non-test files; no code kept)
package lsjson

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/ls/lshelp"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "os"
)
