// Import list of package cancel in plugin/cancel of coredns/coredns (the import blocks of its non-test files; no code kept)
package cancel

import (
	_ "context"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/miekg/dns"
	_ "time"
)
