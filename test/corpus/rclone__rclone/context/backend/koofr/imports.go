// Import list of package koofr in backend/koofr of rclone/rclone (the import blocks of its non-test files; no code kept)
package koofr

import (
	_ "context"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/koofr/go-httpclient"
	_ "github.com/koofr/go-koofrclient"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/config/obscure"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "io"
	_ "net/http"
	_ "path"
	_ "strings"
	_ "time"
)
