// Import list of package upstream in plugin/pkg/upstream of coredns/coredns (the import blocks of its non-test files; no code kept)
package upstream

import (
	_ "context"
	_ "fmt"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin/pkg/nonwriter"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
)
