// Import list of package carrier in carrier of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package carrier

import (
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/stream"
	_ "github.com/cloudflare/cloudflared/token"
	_ "github.com/cloudflare/cloudflared/websocket"
	_ "github.com/gorilla/websocket"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/http/httputil"
	_ "net/url"
	_ "os"
	_ "strings"
)
