// Import list of package gs in gs of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package gs

import (
	_ "bytes"
	_ "cloud.google.com/go/storage"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/internal"
	_ "github.com/superfly/ltx"
	_ "google.golang.org/api/iterator"
	_ "io"
	_ "log/slog"
	_ "net/url"
	_ "os"
	_ "path"
	_ "sync"
	_ "time"
)
