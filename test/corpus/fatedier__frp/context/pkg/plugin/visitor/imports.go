// Import list of package visitor in pkg/plugin/visitor of fatedier/frp (the import blocks of its non-test files; no code kept)
package visitor

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/util/net"
	_ "github.com/fatedier/frp/pkg/util/xlog"
	_ "github.com/fatedier/frp/pkg/vnet"
	_ "net"
	_ "sync"
	_ "time"
)
