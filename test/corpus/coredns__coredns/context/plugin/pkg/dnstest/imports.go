// Import list of package dnstest in plugin/pkg/dnstest of coredns/coredns (the import blocks of its non-test files; no code kept)
package dnstest

import (
	_ "github.com/coredns/coredns/plugin/pkg/reuseport"
	_ "github.com/miekg/dns"
	_ "net"
	_ "time"
)
