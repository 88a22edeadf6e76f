// Import list of package extract in cmd/archive/extract of rclone/rclone (the import blocks of its non-test files; no code kept)
package extract

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/mholt/archives"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/archive"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "path"
	_ "slices"
	_ "strings"
)
