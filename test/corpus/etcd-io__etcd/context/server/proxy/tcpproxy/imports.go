// Import list of package tcpproxy in server/proxy/tcpproxy of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package tcpproxy

import (
	_ "fmt"
	_ "go.uber.org/zap"
	_ "io"
	_ "math/rand"
	_ "net"
	_ "sync"
	_ "time"
)
