// Import list of package any in plugin/any of coredns/coredns (the import blocks of its non-test files; no code kept)
package any

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/miekg/dns"
)
