// Import list of package local in plugin/local of coredns/coredns (the import blocks of its non-test files; no code kept)
package local

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "net"
	_ "strings"
)
