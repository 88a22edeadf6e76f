// Import list of package makefiles in cmd/test/makefiles of rclone/rclone (the import blocks of its non-test files; no code kept)
package makefiles

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/test"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fs/sync"
	_ "github.com/rclone/rclone/lib/atexit"
	_ "github.com/rclone/rclone/lib/file"
	_ "github.com/rclone/rclone/lib/random"
	_ "github.com/rclone/rclone/lib/readers"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "io"
	_ "math"
	_ "math/rand"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "time"
)
