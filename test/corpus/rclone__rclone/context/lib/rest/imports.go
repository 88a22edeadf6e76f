// Import list of package rest in lib/rest of rclone/rclone (the import blocks of its non-test files; no code kept)
package rest

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "encoding/xml"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/lib/readers"
	_ "io"
	_ "maps"
	_ "mime/multipart"
	_ "net/http"
	_ "net/textproto"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "sync"
)
