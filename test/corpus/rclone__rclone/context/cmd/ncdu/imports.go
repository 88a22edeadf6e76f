// Import list of package ncdu in cmd/ncdu of rclone/rclone (the import blocks of its non-test files; no code kept)
package ncdu

import (
	_ "context"
	_ "fmt"
	_ "github.com/atotto/clipboard"
	_ "github.com/gdamore/tcell/v2"
	_ "github.com/mattn/go-runewidth"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/cmd/ncdu/scan"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "github.com/rclone/rclone/fs/log"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rivo/uniseg"
	_ "github.com/spf13/cobra"
	_ "log/slog"
	_ "os"
	_ "path"
	_ "reflect"
	_ "sort"
	_ "strings"
)
