// Import list of package https3 in plugin/https3 of coredns/coredns (the import blocks of its non-test files; no code kept)
package https3

import (
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "strconv"
)
