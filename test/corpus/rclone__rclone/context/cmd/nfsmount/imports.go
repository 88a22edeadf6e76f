// Import list of package nfsmount in cmd/nfsmount of rclone/rclone (the import blocks of its non-test files; no code kept)
package nfsmount

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/cmd/mountlib"
	_ "github.com/rclone/rclone/cmd/serve/nfs"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/flags"
	_ "github.com/rclone/rclone/vfs"
	_ "net"
	_ "os/exec"
	_ "runtime"
)
