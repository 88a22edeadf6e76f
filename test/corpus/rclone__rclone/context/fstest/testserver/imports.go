// Import list of package testserver in fstest/testserver of rclone/rclone (the import blocks of its non-test files; no code kept)
package testserver

import (
	_ "bytes"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fspath"
	_ "net"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "time"
)
