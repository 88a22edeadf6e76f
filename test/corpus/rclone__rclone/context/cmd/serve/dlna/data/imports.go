// Import list of package data in cmd/serve/dlna/data of rclone/rclone (the import blocks of its non-test files; no code kept)
package data

import (
	_ "bytes"
	_ "compress/gzip"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "io"
	_ "net/http"
	_ "os"
	_ "path"
	_ "text/template"
	_ "time"
)
