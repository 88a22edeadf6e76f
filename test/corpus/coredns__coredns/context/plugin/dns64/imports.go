// Import list of package dns64 in plugin/dns64 of coredns/coredns (the import blocks of its non-test files; no code kept)
package dns64

import (
	_ "context"
	_ "errors"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/metrics"
	_ "github.com/coredns/coredns/plugin/pkg/nonwriter"
	_ "github.com/coredns/coredns/plugin/pkg/response"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "net"
	_ "time"
)
