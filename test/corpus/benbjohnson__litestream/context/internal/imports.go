// Import list of package internal in internal of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/lmittmann/tint"
	_ "github.com/mattn/go-isatty"
	_ "github.com/pierrec/lz4/v4"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "github.com/superfly/ltx"
	_ "golang.org/x/sys/unix"
	_ "io"
	_ "log/slog"
	_ "os"
	_ "path"
	_ "runtime/debug"
	_ "strings"
	_ "syscall"
	_ "time"
)
