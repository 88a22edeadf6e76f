// Import list of package expect in pkg/expect of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package expect

import (
	_ "bufio"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/creack/pty"
	_ "io"
	_ "os"
	_ "os/exec"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "syscall"
	_ "time"
)
