// Import list of package shed in plugin/shed of coredns/coredns (the import blocks of its non-test files; no code kept)
package shed

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/parse"
	_ "github.com/coredns/coredns/plugin/pkg/transport"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "sync"
	_ "sync/atomic"
)
