// Import list of package pse in server/pse of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package pse

import (
	_ "bytes"
	_ "fmt"
	_ "os"
	_ "sync/atomic"
	_ "syscall"
	_ "time"
)
