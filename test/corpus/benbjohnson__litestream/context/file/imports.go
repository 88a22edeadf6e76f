// Import list of package file in file of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package file

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/internal"
	_ "github.com/superfly/ltx"
	_ "io"
	_ "log/slog"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "time"
)
