// Import list of package quic in tunnelrpc/quic of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package quic

import (
	_ "context"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/tunnelrpc"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/metrics"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/pogs"
	_ "github.com/google/uuid"
	_ "io"
	_ "net"
	_ "time"
	_ "zombiezen.com/go/capnproto2"
	_ "zombiezen.com/go/capnproto2/rpc"
)
