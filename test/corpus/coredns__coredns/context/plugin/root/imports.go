// Import list of package root in plugin/root of coredns/coredns (the import blocks of its non-test files; no code kept)
package root

import (
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "os"
)
