// Import list of package log in fs/log of rclone/rclone (the import blocks of its non-test files; no code kept)
package log

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/coreos/go-systemd/v22/journal"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "golang.org/x/sys/unix"
	_ "gopkg.in/natefinch/lumberjack.v2"
	_ "io"
	_ "log/slog"
	_ "log/syslog"
	_ "os"
	_ "path"
	_ "reflect"
	_ "runtime"
	_ "strings"
	_ "sync"
	_ "time"
)
