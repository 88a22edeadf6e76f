// Import list of package virtual in pkg/virtual of fatedier/frp (the import blocks of its non-test files; no code kept)
package virtual

import (
	_ "context"
	_ "github.com/fatedier/frp/client"
	_ "github.com/fatedier/frp/pkg/config/source"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/msg"
	_ "github.com/fatedier/frp/pkg/util/net"
	_ "net"
)
