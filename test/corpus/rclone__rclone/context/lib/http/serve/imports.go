// Import list of package serve in lib/http/serve of rclone/rclone (the import blocks of its non-test files; no code kept)
package serve

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/accounting"
	_ "github.com/rclone/rclone/lib/rest"
	_ "html/template"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "path"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
