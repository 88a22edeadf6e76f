// Import list of package relay in test/e2e/pkg/relay of fatedier/frp (the import blocks of its non-test files; no code kept)
package relay

import (
	_ "fmt"
	_ "io"
	_ "net"
	_ "strconv"
	_ "sync"
	_ "time"
)
