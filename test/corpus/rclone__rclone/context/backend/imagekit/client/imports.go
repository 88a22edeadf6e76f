// Import list of package client in backend/imagekit/client of rclone/rclone (the import blocks of its non-test files; no code kept)
package client

import (
	_ "context"
	_ "crypto/hmac"
	_ "crypto/sha1"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/lib/rest"
	_ "gopkg.in/validator.v2"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
