// Import list of package http in server/http of fatedier/frp (the import blocks of its non-test files; no code kept)
package http

import (
	_ "cmp"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/types"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/metrics/mem"
	_ "github.com/fatedier/frp/pkg/util/http"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/pkg/util/version"
	_ "github.com/fatedier/frp/server/http/model"
	_ "github.com/fatedier/frp/server/proxy"
	_ "github.com/fatedier/frp/server/registry"
	_ "maps"
	_ "math"
	_ "net/http"
	_ "net/url"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
