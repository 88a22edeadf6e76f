// Import list of package https in plugin/https of coredns/coredns (the import blocks of its non-test files; no code kept)
package https

import (
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "strconv"
)
