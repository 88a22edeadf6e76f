// Import list of package terminal in lib/terminal of rclone/rclone (the import blocks of its non-test files; no code kept)
package terminal

import (
	_ "context"
	_ "fmt"
	_ "github.com/mattn/go-colorable"
	_ "github.com/rclone/rclone/fs"
	_ "golang.org/x/term"
	_ "io"
	_ "os"
	_ "runtime"
	_ "sync"
)
