// Import list of package http in client/http of fatedier/frp (the import blocks of its non-test files; no code kept)
package http

import (
	_ "cmp"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/client/configmgmt"
	_ "github.com/fatedier/frp/client/http/model"
	_ "github.com/fatedier/frp/client/proxy"
	_ "github.com/fatedier/frp/pkg/util/http"
	_ "github.com/fatedier/frp/pkg/util/jsonx"
	_ "net"
	_ "net/http"
	_ "slices"
	_ "strconv"
	_ "time"
)
