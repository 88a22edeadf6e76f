// Import list of package server in pkg/plugin/server of fatedier/frp (the import blocks of its non-test files; no code kept)
package server

import (
	_ "bytes"
	_ "context"
	_ "crypto/tls"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/msg"
	_ "github.com/fatedier/frp/pkg/util/util"
	_ "github.com/fatedier/frp/pkg/util/xlog"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "reflect"
	_ "slices"
	_ "strings"
)
