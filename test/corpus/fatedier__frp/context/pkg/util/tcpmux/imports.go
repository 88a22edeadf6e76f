// Import list of package tcpmux in pkg/util/tcpmux of fatedier/frp (the import blocks of its non-test files; no code kept)
package tcpmux

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/util/http"
	_ "github.com/fatedier/frp/pkg/util/vhost"
	_ "github.com/fatedier/golib/net"
	_ "io"
	_ "net"
	_ "net/http"
	_ "time"
)
