// Import list of package odrvcookie in backend/webdav/odrvcookie of rclone/rclone (the import blocks of its non-test files; no code kept)
package odrvcookie

import (
	_ "bytes"
	_ "context"
	_ "encoding/xml"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "golang.org/x/net/publicsuffix"
	_ "html/template"
	_ "net/http"
	_ "net/http/cookiejar"
	_ "net/url"
	_ "strings"
	_ "time"
)
