// Import list of package env in lib/env of rclone/rclone (the import blocks of its non-test files; no code kept)
package env

import (
	_ "github.com/mitchellh/go-homedir"
	_ "os"
	_ "os/user"
)
