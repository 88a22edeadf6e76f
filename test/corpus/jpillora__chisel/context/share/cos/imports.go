// Import list of package cos in share/cos of jpillora/chisel (the import blocks of its non-test files; no code kept)
package cos

import (
	_ "context"
	_ "github.com/jpillora/sizestr"
	_ "log"
	_ "net/http"
	_ "net/http/pprof"
	_ "os"
	_ "os/signal"
	_ "runtime"
	_ "syscall"
	_ "time"
)
