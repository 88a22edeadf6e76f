// Import list of package gui in cmd/gui of rclone/rclone (the import blocks of its non-test files; no code kept)
package gui

import (
	_ "archive/zip"
	_ "bytes"
	_ "context"
	_ "embed"
	_ "fmt"
	_ "github.com/go-chi/chi/v5/middleware"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/fs/rc/rcserver"
	_ "github.com/rclone/rclone/lib/http"
	_ "github.com/rclone/rclone/lib/random"
	_ "github.com/rclone/rclone/lib/systemd"
	_ "github.com/skratchdot/open-golang/open"
	_ "github.com/spf13/cobra"
	_ "io/fs"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "strings"
	_ "sync"
)
