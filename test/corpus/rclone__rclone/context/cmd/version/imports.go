// Import list of package version in cmd/version of rclone/rclone (the import blocks of its non-test files; no code kept)
package version

import (
	_ "context"
	_ "debug/buildinfo"
	_ "errors"
	_ "fmt"
	_ "github.com/coreos/go-semver/semver"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/spf13/cobra"
	_ "io"
	_ "net/http"
	_ "os"
	_ "runtime/debug"
	_ "strings"
	_ "time"
)
