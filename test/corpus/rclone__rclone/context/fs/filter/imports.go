// Import list of package filter in fs/filter of rclone/rclone (the import blocks of its non-test files; no code kept)
package filter

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "crypto/md5"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/text/unicode/norm"
	_ "math/rand/v2"
	_ "os"
	_ "path"
	_ "regexp"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
