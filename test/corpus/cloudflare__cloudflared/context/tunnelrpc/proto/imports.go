// Import list of package proto in tunnelrpc/proto of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package proto

import (
	_ "golang.org/x/net/context"
	_ "strconv"
	_ "zombiezen.com/go/capnproto2"
	_ "zombiezen.com/go/capnproto2/encoding/text"
	_ "zombiezen.com/go/capnproto2/schemas"
	_ "zombiezen.com/go/capnproto2/server"
)
