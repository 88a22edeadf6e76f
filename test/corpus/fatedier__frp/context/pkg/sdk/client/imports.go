// Import list of package client in pkg/sdk/client of fatedier/frp (the import blocks of its non-test files; no code kept)
package client

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/fatedier/frp/client/http/model"
	_ "github.com/fatedier/frp/pkg/util/http"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
)
