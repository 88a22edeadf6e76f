// Import list of package vars in plugin/metrics/vars of coredns/coredns (the import blocks of its non-test files; no code kept)
package vars

import (
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "time"
)
