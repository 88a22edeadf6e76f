// Import list of package bilib in cmd/bisync/bilib of rclone/rclone (the import blocks of its non-test files; no code kept)
package bilib

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/fs/operations"
	_ "io"
	_ "log/slog"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "runtime"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
)
