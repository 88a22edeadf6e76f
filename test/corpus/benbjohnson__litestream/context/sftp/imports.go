// Import list of package sftp in sftp of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package sftp

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/internal"
	_ "github.com/pkg/sftp"
	_ "github.com/superfly/ltx"
	_ "golang.org/x/crypto/ssh"
	_ "io"
	_ "log/slog"
	_ "net"
	_ "net/url"
	_ "os"
	_ "path"
	_ "sync"
	_ "time"
)
