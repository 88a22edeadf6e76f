// Import list of package log in plugin/pkg/log of coredns/coredns (the import blocks of its non-test files; no code kept)
package log

import (
	_ "fmt"
	_ "io"
	_ "log"
	_ "os"
	_ "sync"
	_ "sync/atomic"
)
