// Import list of package copyurl in cmd/copyurl of rclone/rclone (the import blocks of its non-test files; no code kept)
package copyurl

import (
	_ "context"
	_ "encoding/csv"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/lib/errcount"
	_ "github.com/spf13/cobra"
	_ "golang.org/x/sync/errgroup"
	_ "os"
	_ "strings"
)
