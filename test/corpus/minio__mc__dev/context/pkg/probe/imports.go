// Import list of package probe in pkg/probe of minio/mc (the import blocks of its non-test files; no code kept)
package probe

import (
	_ "fmt"
	_ "github.com/dustin/go-humanize"
	_ "os"
	_ "path/filepath"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "sync"
)
