// Import list of package overview in backend/overview of rclone/rclone (the import blocks of its non-test files; no code kept)
package overview

import (
	_ "fmt"
	_ "github.com/rclone/rclone/docs/data/backends"
	_ "gopkg.in/yaml.v3"
	_ "strings"
)
