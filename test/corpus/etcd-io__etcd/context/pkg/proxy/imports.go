// Import list of package proxy in pkg/proxy of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package proxy

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/dustin/go-humanize"
	_ "go.etcd.io/etcd/client/pkg/v3/transport"
	_ "go.uber.org/zap"
	_ "io"
	_ "math/rand"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
