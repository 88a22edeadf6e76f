// Import list of package test in internal/test of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package test

import (
	_ "bufio"
	_ "context"
	_ "net"
	_ "net/http"
	_ "net/http/httptest"
	_ "nhooyr.io/websocket"
)
