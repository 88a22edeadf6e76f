// Import list of package ports in server/ports of fatedier/frp (the import blocks of its non-test files; no code kept)
package ports

import (
	_ "errors"
	_ "github.com/fatedier/frp/pkg/config/types"
	_ "k8s.io/utils/clock"
	_ "net"
	_ "strconv"
	_ "sync"
	_ "time"
)
