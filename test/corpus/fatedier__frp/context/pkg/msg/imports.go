// Import list of package msg in pkg/msg of fatedier/frp (the import blocks of its non-test files; no code kept)
package msg

import (
	_ "context"
	_ "encoding/binary"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/proto/wire"
	_ "github.com/fatedier/golib/msg/json"
	_ "io"
	_ "net"
	_ "reflect"
)
