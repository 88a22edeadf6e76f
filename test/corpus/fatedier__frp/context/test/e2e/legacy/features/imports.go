// Import list of package features in test/e2e/legacy/features of fatedier/frp (the import blocks of its non-test files; no code kept)
package features

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/plugin/server"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/test/e2e/framework"
	_ "github.com/fatedier/frp/test/e2e/framework/consts"
	_ "github.com/fatedier/frp/test/e2e/mock/server/httpserver"
	_ "github.com/fatedier/frp/test/e2e/mock/server/streamserver"
	_ "github.com/fatedier/frp/test/e2e/pkg/plugin"
	_ "github.com/fatedier/frp/test/e2e/pkg/request"
	_ "github.com/fatedier/frp/test/e2e/pkg/rpc"
	_ "github.com/onsi/ginkgo/v2"
	_ "github.com/pires/go-proxyproto"
	_ "net"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
