// Import list of package proxy in cmd/serve/proxy of rclone/rclone (the import blocks of its non-test files; no code kept)
package proxy

import (
	_ "bytes"
	_ "context"
	_ "crypto/hmac"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "crypto/subtle"
	_ "encoding/hex"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/cache"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/obscure"
	_ "github.com/rclone/rclone/lib/cache"
	_ "github.com/rclone/rclone/lib/http"
	_ "github.com/rclone/rclone/vfs"
	_ "github.com/rclone/rclone/vfs/vfscommon"
	_ "net/netip"
	_ "os/exec"
	_ "strings"
	_ "time"
)
