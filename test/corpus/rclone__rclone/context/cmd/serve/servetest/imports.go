// Import list of package servetest in cmd/serve/servetest of rclone/rclone (the import blocks of its non-test files; no code kept)
package servetest

import (
	_ "context"
	_ "flag"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd/serve/proxy"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/fstest"
	_ "github.com/rclone/rclone/fstest/testserver"
	_ "github.com/rclone/rclone/vfs"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "net"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "strings"
	_ "testing"
	_ "time"
)
