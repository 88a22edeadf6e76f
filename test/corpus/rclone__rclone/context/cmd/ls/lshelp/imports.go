// Import list of package lshelp in cmd/ls/lshelp of rclone/rclone (the import blocks of its non-test files; no code kept)
package lshelp

import (
	_ "strings"
)
