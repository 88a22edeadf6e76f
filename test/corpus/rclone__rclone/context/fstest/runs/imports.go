// Import list of package runs in fstest/runs of rclone/rclone (the import blocks of its non-test files; no code kept)
package runs

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fstest/testserver"
	_ "github.com/rclone/rclone/lib/file"
	_ "github.com/skratchdot/open-golang/open"
	_ "go/build"
	_ "gopkg.in/yaml.v3"
	_ "html/template"
	_ "io"
	_ "os"
	_ "os/exec"
	_ "path"
	_ "regexp"
	_ "runtime"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
