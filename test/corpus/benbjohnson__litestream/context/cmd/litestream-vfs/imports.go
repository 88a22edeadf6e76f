// Import list of package main in cmd/litestream-vfs of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package main

import (
	_ "C"
	_ "context"
	_ "fmt"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/abs"
	_ "github.com/benbjohnson/litestream/file"
	_ "github.com/benbjohnson/litestream/gs"
	_ "github.com/benbjohnson/litestream/nats"
	_ "github.com/benbjohnson/litestream/oss"
	_ "github.com/benbjohnson/litestream/s3"
	_ "github.com/benbjohnson/litestream/sftp"
	_ "github.com/benbjohnson/litestream/webdav"
	_ "github.com/psanford/sqlite3vfs"
	_ "io"
	_ "log/slog"
	_ "os"
	_ "strings"
	_ "time"
	_ "unsafe"
)
