// Import list of package accounting in fs/accounting of rclone/rclone (the import blocks of its non-test files; no code kept)
package accounting

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/asyncreader"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/lib/terminal"
	_ "github.com/rclone/rclone/lib/transferaccounter"
	_ "golang.org/x/time/rate"
	_ "io"
	_ "maps"
	_ "os"
	_ "os/signal"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "syscall"
	_ "time"
	_ "unicode/utf8"
)
