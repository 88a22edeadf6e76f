// Import list of package cryptdecode in cmd/cryptdecode of rclone/rclone (the import blocks of its non-test files; no code kept)
package cryptdecode

import (
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/crypt"
	_ "github.com/rclone/rclone/cmd"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/spf13/cobra"
	_ "strings"
)
