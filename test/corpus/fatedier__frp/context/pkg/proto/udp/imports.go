// Import list of package udp in pkg/proto/udp of fatedier/frp (the import blocks of its non-test files; no code kept)
package udp

import (
	_ "github.com/fatedier/frp/pkg/msg"
	_ "github.com/fatedier/frp/pkg/util/net"
	_ "github.com/fatedier/golib/errors"
	_ "github.com/fatedier/golib/pool"
	_ "net"
	_ "sync"
	_ "time"
)
