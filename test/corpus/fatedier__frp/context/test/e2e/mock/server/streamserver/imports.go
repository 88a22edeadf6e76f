// Import list of package streamserver in test/e2e/mock/server/streamserver of fatedier/frp (the import blocks of its non-test files; no code kept)
package streamserver

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/util/net"
	_ "github.com/fatedier/frp/test/e2e/pkg/rpc"
	_ "io"
	_ "net"
	_ "strconv"
)
