// Import list of package main in cmd/test/info/internal/build_csv of rclone/rclone (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/csv"
	_ "encoding/json"
	_ "flag"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd/test/info/internal"
	_ "github.com/rclone/rclone/fs"
	_ "io"
	_ "os"
	_ "sort"
	_ "strconv"
)
