// Import list of package reveal in cmd/reveal of rclone/rclone (the import blocks of its non-test files; no code kept)
package reveal

import (
	_ "fmt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs/config/obscure"
	_ "github.com/spf13/cobra"
)
