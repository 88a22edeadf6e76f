// Import list of package plugin in test/e2e/pkg/plugin of fatedier/frp (the import blocks of its non-test files; no code kept)
package plugin

import (
	_ "crypto/tls"
	_ "encoding/json"
	_ "github.com/fatedier/frp/pkg/plugin/server"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/test/e2e/mock/server/httpserver"
	_ "io"
	_ "net/http"
)
