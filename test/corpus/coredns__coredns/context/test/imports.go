// Import list of package test in test of coredns/coredns (the import blocks of its non-test files; no code kept)
package test

import (
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/core/plugin"
	_ "sync"
)
