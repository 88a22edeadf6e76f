// Import list of package testy in fstest/testy of rclone/rclone (the import blocks of its non-test files; no code kept)
package testy

import (
	_ "os"
	_ "os/exec"
	_ "runtime"
	_ "sync"
	_ "testing"
)
