// Import list of package obscure in cmd/obscure of rclone/rclone (the import blocks of its non-test files; no code kept)
package obscure

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/config/obscure"
	_ "github.com/spf13/cobra"
	_ "os"
)
