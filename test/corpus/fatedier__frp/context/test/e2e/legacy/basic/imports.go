// Import list of package basic in test/e2e/legacy/basic of fatedier/frp (the import blocks of its non-test files; no code kept)
package basic

import (
	_ "bufio"
	_ "context"
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/transport"
	_ "github.com/fatedier/frp/pkg/util/http"
	_ "github.com/fatedier/frp/test/e2e/framework"
	_ "github.com/fatedier/frp/test/e2e/framework/consts"
	_ "github.com/fatedier/frp/test/e2e/mock/server/httpserver"
	_ "github.com/fatedier/frp/test/e2e/mock/server/streamserver"
	_ "github.com/fatedier/frp/test/e2e/pkg/cert"
	_ "github.com/fatedier/frp/test/e2e/pkg/port"
	_ "github.com/fatedier/frp/test/e2e/pkg/request"
	_ "github.com/fatedier/frp/test/e2e/pkg/rpc"
	_ "github.com/gorilla/websocket"
	_ "github.com/onsi/ginkgo/v2"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
