// Import list of package transform in lib/transform of rclone/rclone (the import blocks of its non-test files; no code kept)
package transform

import (
	_ "bytes"
	_ "context"
	_ "embed"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "github.com/rclone/rclone/lib/transform"
	_ "golang.org/x/text/encoding/charmap"
	_ "golang.org/x/text/unicode/norm"
	_ "mime"
	_ "net/url"
	_ "os"
	_ "os/exec"
	_ "path"
	_ "regexp"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
	_ "unicode/utf8"
)
