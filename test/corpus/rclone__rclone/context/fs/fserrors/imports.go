// Import list of package fserrors in fs/fserrors of rclone/rclone (the import blocks of its non-test files; no code kept)
package fserrors

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/lib/errors"
	_ "io"
	_ "net/http"
	_ "slices"
	_ "strings"
	_ "syscall"
	_ "time"
)
