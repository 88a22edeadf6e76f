// Import list of package quic in plugin/quic of coredns/coredns (the import blocks of its non-test files; no code kept)
package quic

import (
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "strconv"
)
