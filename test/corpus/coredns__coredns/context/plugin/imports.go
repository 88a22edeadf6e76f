// Import list of package plugin in plugin of coredns/coredns (the import blocks of its non-test files; no code kept)
package plugin

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/plugin/etcd/msg"
	_ "github.com/coredns/coredns/plugin/pkg/cidr"
	_ "github.com/coredns/coredns/plugin/pkg/dnsutil"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/parse"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/opentracing/opentracing-go"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "math"
	_ "net"
	_ "runtime"
	_ "strconv"
	_ "strings"
)
