// Import list of package hello in hello of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package hello

import (
	_ "bytes"
	_ "crypto/tls"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/tlsconfig"
	_ "github.com/gorilla/websocket"
	_ "github.com/rs/zerolog"
	_ "html/template"
	_ "io"
	_ "net"
	_ "net/http"
	_ "os"
	_ "time"
)
