// Import list of package nats in nats of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package nats

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/internal"
	_ "github.com/nats-io/nats.go"
	_ "github.com/nats-io/nats.go/jetstream"
	_ "github.com/superfly/ltx"
	_ "io"
	_ "log/slog"
	_ "net/url"
	_ "os"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
