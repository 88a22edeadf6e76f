// Import list of package tunnelrpc in tunnelrpc of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package tunnelrpc

import (
	_ "context"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/metrics"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/pogs"
	_ "github.com/google/uuid"
	_ "github.com/pkg/errors"
	_ "io"
	_ "net"
	_ "time"
	_ "zombiezen.com/go/capnproto2"
	_ "zombiezen.com/go/capnproto2/rpc"
)
