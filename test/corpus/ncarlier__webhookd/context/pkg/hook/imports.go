// Import list of package hook in pkg/hook of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package hook

import (
	_ "bufio"
	_ "bytes"
	_ "errors"
	_ "fmt"
	_ "github.com/ncarlier/webhookd/pkg/helper"
	_ "github.com/ncarlier/webhookd/pkg/logger"
	_ "io"
	_ "log/slog"
	_ "os"
	_ "os/exec"
	_ "path"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "syscall"
	_ "time"
)
