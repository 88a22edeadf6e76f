// Import list of package http in pkg/util/http of fatedier/frp (the import blocks of its non-test files; no code kept)
package http

import (
	_ "crypto/tls"
	_ "encoding/base64"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/fatedier/frp/assets"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/pkg/util/net"
	_ "github.com/gorilla/mux"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/http/pprof"
	_ "strconv"
	_ "strings"
	_ "time"
)
