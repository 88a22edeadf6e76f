// Import list of package request in request of coredns/coredns (the import blocks of its non-test files; no code kept)
package request

import (
	_ "crypto/tls"
	_ "github.com/coredns/coredns/plugin/pkg/edns"
	_ "github.com/miekg/dns"
	_ "net"
	_ "strings"
)
