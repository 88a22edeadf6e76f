// Import list of package multisocket in plugin/multisocket of coredns/coredns (the import blocks of its non-test files; no code kept)
package multisocket

import (
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "runtime"
	_ "strconv"
)
