// Import list of package create in cmd/archive/create of rclone/rclone (the import blocks of its non-test files; no code kept)
package create

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/mholt/archives"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/archive"
	_ "github.com/rclone/rclone/cmd/archive/files"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/walk"
	_ "github.com/spf13/cobra"
	_ "io"
	_ "os"
	_ "path"
	_ "sort"
	_ "strings"
	_ "time"
)
