// Import list of package autopath in plugin/autopath of coredns/coredns (the import blocks of its non-test files; no code kept)
package autopath

import (
	_ "context"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/metrics"
	_ "github.com/coredns/coredns/plugin/pkg/dnsutil"
	_ "github.com/coredns/coredns/plugin/pkg/nonwriter"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "strings"
)
