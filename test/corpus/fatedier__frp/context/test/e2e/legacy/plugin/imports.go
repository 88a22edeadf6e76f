// Import list of package plugin in test/e2e/legacy/plugin of fatedier/frp (the import blocks of its non-test files; no code kept)
package plugin

import (
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/plugin/server"
	_ "github.com/fatedier/frp/pkg/transport"
	_ "github.com/fatedier/frp/test/e2e/framework"
	_ "github.com/fatedier/frp/test/e2e/framework/consts"
	_ "github.com/fatedier/frp/test/e2e/mock/server/httpserver"
	_ "github.com/fatedier/frp/test/e2e/pkg/cert"
	_ "github.com/fatedier/frp/test/e2e/pkg/plugin"
	_ "github.com/fatedier/frp/test/e2e/pkg/port"
	_ "github.com/fatedier/frp/test/e2e/pkg/request"
	_ "github.com/onsi/ginkgo/v2"
	_ "strconv"
	_ "strings"
	_ "time"
)
