// Import list of package configfile in fs/config/configfile of rclone/rclone (the import blocks of its non-test files; no code kept)
package configfile

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/lib/file"
	_ "github.com/unknwon/goconfig"
	_ "os"
	_ "os/user"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "syscall"
)
