// Import list of package main in lib/encoder/internal/gen of rclone/rclone (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "math/rand"
	_ "os"
	_ "slices"
	_ "strconv"
	_ "strings"
)
