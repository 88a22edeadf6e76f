// Import list of package mmap in lib/mmap of rclone/rclone (the import blocks of its non-test files; no code kept)
package mmap

import (
	_ "fmt"
	_ "golang.org/x/sys/unix"
	_ "os"
)
