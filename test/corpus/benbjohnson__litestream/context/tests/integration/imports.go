// Import list of package integration in tests/integration of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package integration

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "crypto/rand"
	_ "database/sql"
	_ "fmt"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/mattn/go-sqlite3"
	_ "io"
	_ "os"
	_ "os/exec"
	_ "os/signal"
	_ "path/filepath"
	_ "regexp"
	_ "runtime"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "syscall"
	_ "testing"
	_ "time"
)
