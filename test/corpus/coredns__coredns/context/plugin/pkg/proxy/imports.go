// Import list of package proxy in plugin/pkg/proxy of coredns/coredns (the import blocks of its non-test files; no code kept)
package proxy

import (
	_ "context"
	_ "crypto/tls"
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/doh"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/transport"
	_ "github.com/coredns/coredns/plugin/pkg/up"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/http/httptrace"
	_ "runtime"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
