// Import list of package http in backend/http of rclone/rclone (the import blocks of its non-test files; no code kept)
package http

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/lib/rest"
	_ "golang.org/x/net/html"
	_ "io"
	_ "mime"
	_ "net/http"
	_ "net/textproto"
	_ "net/url"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
