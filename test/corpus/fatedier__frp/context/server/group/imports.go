// Import list of package group in server/group of fatedier/frp (the import blocks of its non-test files; no code kept)
package group

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/util/tcpmux"
	_ "github.com/fatedier/frp/pkg/util/vhost"
	_ "github.com/fatedier/frp/server/ports"
	_ "github.com/fatedier/golib/errors"
	_ "net"
	_ "strconv"
	_ "sync"
	_ "sync/atomic"
)
