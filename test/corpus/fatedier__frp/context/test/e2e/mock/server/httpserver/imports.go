// Import list of package httpserver in test/e2e/mock/server/httpserver of fatedier/frp (the import blocks of its non-test files; no code kept)
package httpserver

import (
	_ "crypto/tls"
	_ "net"
	_ "net/http"
	_ "strconv"
	_ "time"
)
