// Import list of package bufsize in plugin/bufsize of coredns/coredns (the import blocks of its non-test files; no code kept)
package bufsize

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/miekg/dns"
	_ "strconv"
)
