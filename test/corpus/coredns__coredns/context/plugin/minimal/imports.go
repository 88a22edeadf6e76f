// Import list of package minimal in plugin/minimal of coredns/coredns (the import blocks of its non-test files; no code kept)
package minimal

import (
	_ "context"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/nonwriter"
	_ "github.com/coredns/coredns/plugin/pkg/response"
	_ "github.com/miekg/dns"
	_ "time"
)
