// Import list of package gitannex in cmd/gitannex of rclone/rclone (the import blocks of its non-test files; no code kept)
package gitannex

import (
	_ "bufio"
	_ "context"
	_ "embed"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/spf13/cobra"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strings"
)
