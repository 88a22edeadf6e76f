// Import list of package tree in cmd/tree of rclone/rclone (the import blocks of its non-test files; no code kept)
package tree

import (
	_ "context"
	_ "fmt"
	_ "github.com/a8m/tree"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/dirtree"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/fs/walk"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "github.com/rclone/rclone/lib/terminal"
	_ "github.com/spf13/cobra"
	_ "io"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "strings"
	_ "time"
)
