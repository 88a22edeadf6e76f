// Import list of package chaos in plugin/chaos of coredns/coredns (the import blocks of its non-test files; no code kept)
package chaos

import (
	_ "context"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/fuzz"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "math/rand"
	_ "os"
	_ "sort"
	_ "time"
)
