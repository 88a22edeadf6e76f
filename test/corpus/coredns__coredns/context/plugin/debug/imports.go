// Import list of package debug in plugin/debug of coredns/coredns (the import blocks of its non-test files; no code kept)
package debug

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/miekg/dns"
)
