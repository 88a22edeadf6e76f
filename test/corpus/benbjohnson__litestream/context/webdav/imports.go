// Import list of package webdav in webdav of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package webdav

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/internal"
	_ "github.com/studio-b12/gowebdav"
	_ "github.com/superfly/ltx"
	_ "io"
	_ "log/slog"
	_ "net/url"
	_ "os"
	_ "path"
	_ "sort"
	_ "sync"
	_ "time"
)
