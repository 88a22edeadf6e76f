// Import list of package main in fstest/test_all of rclone/rclone (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "encoding/csv"
	_ "flag"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/all"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/configfile"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "github.com/rclone/rclone/fs/list"
	_ "github.com/rclone/rclone/fs/operations"
	_ "github.com/rclone/rclone/fstest/runs"
	_ "github.com/rclone/rclone/fstest/testserver"
	_ "github.com/rclone/rclone/lib/atexit"
	_ "github.com/rclone/rclone/lib/pacer"
	_ "math/rand"
	_ "os"
	_ "path"
	_ "regexp"
	_ "strings"
	_ "time"
)
