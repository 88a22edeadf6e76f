// Import list of package gendocs in cmd/gendocs of rclone/rclone (the import blocks of its non-test files; no code kept)
package gendocs

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/lib/file"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/cobra/doc"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "regexp"
	_ "runtime"
	_ "strings"
	_ "text/template"
	_ "time"
)
