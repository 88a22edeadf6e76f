// Import list of package main in vfs/test_vfs of rclone/rclone (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/lib/file"
	_ "github.com/rclone/rclone/lib/random"
	_ "io"
	_ "math"
	_ "math/rand"
	_ "os"
	_ "path"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
