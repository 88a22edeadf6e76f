// Import list of package main in cmd/litestream-test of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "crypto/md5"
	_ "crypto/rand"
	_ "database/sql"
	_ "flag"
	_ "fmt"
	_ "github.com/mattn/go-sqlite3"
	_ "io"
	_ "log/slog"
	_ "math/rand"
	_ "os"
	_ "os/exec"
	_ "os/signal"
	_ "runtime"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "syscall"
	_ "time"
)
