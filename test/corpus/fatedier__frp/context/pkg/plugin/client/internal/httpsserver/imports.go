// Import list of package httpsserver in pkg/plugin/client/internal/httpsserver of fatedier/frp (the import blocks of its non-test files; no code kept)
package httpsserver

import (
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/transport"
	_ "github.com/fatedier/frp/pkg/util/http"
	_ "github.com/samber/lo"
	_ "net/http"
	_ "time"
)
