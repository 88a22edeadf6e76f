// Import list of package pogs in tunnelrpc/pogs of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package pogs

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/metrics"
	_ "github.com/cloudflare/cloudflared/tunnelrpc/proto"
	_ "github.com/google/uuid"
	_ "net"
	_ "time"
	_ "zombiezen.com/go/capnproto2"
	_ "zombiezen.com/go/capnproto2/pogs"
	_ "zombiezen.com/go/capnproto2/rpc"
	_ "zombiezen.com/go/capnproto2/server"
)
