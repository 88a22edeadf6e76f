// Import list of package health in client/health of fatedier/frp (the import blocks of its non-test files; no code kept)
package health

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/util/xlog"
	_ "io"
	_ "net"
	_ "net/http"
	_ "strings"
	_ "time"
)
