// Import list of package serve in cmd/serve of rclone/rclone (the import blocks of its non-test files; no code kept)
package serve

import (
	_ "cmp"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/lib/errcount"
	_ "github.com/spf13/cobra"
	_ "math/rand/v2"
	_ "net"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
