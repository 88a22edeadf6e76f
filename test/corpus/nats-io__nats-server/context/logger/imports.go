// Import list of package logger in logger of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package logger

import (
	_ "fmt"
	_ "log"
	_ "log/syslog"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
