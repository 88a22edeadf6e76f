// Import list of package genautocomplete in cmd/genautocomplete of rclone/rclone (the import blocks of its non-test files; no code kept)
package genautocomplete

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/spf13/cobra"
	_ "os"
	_ "strings"
)
