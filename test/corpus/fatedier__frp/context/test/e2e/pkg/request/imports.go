// Import list of package request in test/e2e/pkg/request of fatedier/frp (the import blocks of its non-test files; no code kept)
package request

import (
	_ "bufio"
	_ "bytes"
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/util/http"
	_ "github.com/fatedier/frp/test/e2e/pkg/rpc"
	_ "github.com/fatedier/golib/net"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "time"
)
