// Import list of package config in cmd/config of rclone/rclone (the import blocks of its non-test files; no code kept)
package config

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "os"
	_ "sort"
	_ "strings"
)
