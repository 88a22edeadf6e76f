// Import list of package ls in cmd/listremotes of rclone/rclone (the import blocks of its non-test files; no code kept)
package ls

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/fs/filter"
	_ "github.com/spf13/cobra"
	_ "os"
	_ "regexp"
	_ "sort"
	_ "strings"
)
